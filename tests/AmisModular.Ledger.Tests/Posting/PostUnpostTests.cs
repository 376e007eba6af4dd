using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Posting;

public sealed class PostUnpostTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Lifecycle_DraftPostUnpostEdit_WritesJournalAndOneOutboxRowPerChange()
    {
        var draft = await host.EntryAsync("2026-01-10", BookSet.Both, post: false, new GeneralJournalDraftLine("1111", "1121", 1_000m));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));

        var posted = await host.Journal.PostAsync(draft.Id, CancellationToken.None);
        Assert.Equal((DocumentStatus.Posted, 2L), (posted.Status, posted.Version));
        Assert.Equal(4, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));

        await Assert.ThrowsAsync<DocumentAlreadyPostedException>(() => host.Journal.UpdateAsync(draft.Id, 2, Draft("1111", "1121", 2_000m), CancellationToken.None));
        await Assert.ThrowsAsync<DocumentAlreadyPostedException>(() => host.Journal.PostAsync(draft.Id, CancellationToken.None));
        await Assert.ThrowsAsync<DocumentAlreadyPostedException>(() => host.Journal.DeleteAsync(draft.Id, CancellationToken.None));

        await host.Journal.UnpostAsync(draft.Id, CancellationToken.None);
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        await Assert.ThrowsAsync<Errors.ConcurrencyConflictException>(() => host.Journal.UpdateAsync(draft.Id, 2, Draft("1111", "1121", 2_000m), CancellationToken.None));
        var edited = await host.Journal.UpdateAsync(draft.Id, 3, Draft("1111", "1121", 2_000m, "1111", "711", 5m), CancellationToken.None);
        Assert.Equal((4L, 2), (edited.Version, edited.Lines.Count));

        Assert.Equal(4, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
        Assert.Equal(10, await host.ScalarAsync("SELECT SUM(Seq) FROM sync_outbox"));
        Assert.Equal(6, await host.ScalarAsync("SELECT SUM(BaseVersion) FROM sync_outbox"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox WHERE Seq = 3 AND Operation = 'unpost' AND BaseVersion = 2"));
    }

    [Fact]
    public async Task LockedPeriod_RefusesPostUnpostAndNewDocuments_ReversalGoesToAnOpenPeriod()
    {
        var calendar = host.Get<FiscalCalendar>();
        var posted = await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 700m));
        var draft = await host.EntryAsync("2026-01-11", BookSet.Tax, post: false, new GeneralJournalDraftLine("6427", "1111", 1m));
        var period = await calendar.LockAsync(host.Company.Id, 2026, 1, "ketoantruong", CancellationToken.None);
        Assert.Equal(("ketoantruong", true), (period.LockedBy, period.LockedAt is not null));

        var unpost = await Assert.ThrowsAsync<PeriodLockedException>(() => host.Journal.UnpostAsync(posted.Id, CancellationToken.None));
        Assert.Contains("01/2026", unpost.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("is locked", unpost.Text.En, StringComparison.Ordinal);
        await Assert.ThrowsAsync<PeriodLockedException>(() => host.Journal.PostAsync(draft.Id, CancellationToken.None));
        await Assert.ThrowsAsync<PeriodLockedException>(() => host.EntryAsync("2026-01-31", BookSet.Tax, post: false, new GeneralJournalDraftLine("6427", "1111", 1m)));

        var reversal = await host.Journal.ReverseAsync(posted.Id, D("2026-02-01"), CancellationToken.None);
        Assert.Equal((posted.Id, "NVK00003"), (reversal.ReversalOfId!.Value, reversal.TaxNumber!));
        var net = await host.Queries.BalanceAsync(host.Company.Id, Book.Tax, "6427", D("2026-02-02"), null, CancellationToken.None);
        Assert.Equal(0m, net.Net);

        var unlocked = await calendar.UnlockAsync(host.Company.Id, 2026, 1, "admin", CancellationToken.None);
        Assert.Equal(("admin", false), (unlocked.UnlockedBy, unlocked.IsLocked));
        await host.Journal.UnpostAsync(posted.Id, CancellationToken.None);
    }

    [Fact]
    public async Task Unpost_DraftDocument_IsRefused()
    {
        var draft = await host.EntryAsync("2026-01-10", BookSet.Tax, post: false, new GeneralJournalDraftLine("6427", "1111", 1m));
        await Assert.ThrowsAsync<DocumentNotPostedException>(() => host.Journal.UnpostAsync(draft.Id, CancellationToken.None));
    }

    private GeneralJournalDraft Draft(params object[] triples)
    {
        var lines = triples.Chunk(3).Select(t => new GeneralJournalDraftLine((string)t[0], (string)t[1], (decimal)t[2])).ToList();
        return new GeneralJournalDraft(host.Company.Id, BookSet.Both, D("2026-01-10"), D("2026-01-10"), "edited", lines);
    }
}
