using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Tests.Support;
using AmisModular.Storage.Json;
using AmisModular.Storage.Outbox;

namespace AmisModular.Ledger.Tests.GeneralJournal;

/// <summary>A voucher, its journal lines, its number and its outbox row commit together or not at all.</summary>
public sealed class OutboxAtomicityTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task CreateAndPost_FailureAfterAllInsertsBeforeCommit_LeavesNothing()
    {
        host.Fault.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.EntryAsync("2026-01-10", BookSet.Both, post: true, new GeneralJournalDraftLine("6427", "1111", 1_000m)));

        host.Fault.Armed = false;
        await AssertEmptyAsync();
        var next = await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 1_000m));
        Assert.Equal("NVK00001", next.TaxNumber);
    }

    [Fact]
    public async Task CreateAndPost_OutboxInsertFails_LeavesNoVoucherNoJournal()
    {
        await host.ExecuteAsync("CREATE TRIGGER no_outbox BEFORE INSERT ON sync_outbox BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;");

        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            host.EntryAsync("2026-01-10", BookSet.Both, post: true, new GeneralJournalDraftLine("6427", "1111", 1_000m)));

        Assert.Contains("outbox unavailable", error.ToString(), StringComparison.Ordinal);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task Unpost_FailureBeforeCommit_KeepsTheDocumentPosted()
    {
        var posted = await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 1_000m));
        host.Fault.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.Journal.UnpostAsync(posted.Id, CancellationToken.None));

        Assert.Equal(2, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
        Assert.Equal(DocumentStatus.Posted, (await host.Journal.FindAsync(posted.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Create_OutboxRowCarriesTheCanonicalDocumentAndItsHash()
    {
        var voucher = await host.EntryAsync("2026-01-10", BookSet.Both, post: true, new GeneralJournalDraftLine("6427", "1111", 1_234.5m));

        var row = Assert.Single(await host.Get<OutboxReader>().PendingAsync(10, CancellationToken.None));
        var payload = CanonicalJson.Deserialize<GeneralJournalPayload>(row.Payload);

        Assert.Equal((voucher.Id, "core", "core.general-journal", "post", 0L, "NVK00001"), (row.DocumentId, row.Module, row.DocumentType, row.Operation, row.BaseVersion, row.LocalNumber));
        Assert.Equal(CanonicalJson.Sha256Hex(row.Payload), row.PayloadHash);
        Assert.Equal((1_234.5m, "NVK00001", DocumentStatus.Posted), (payload.Lines[0].Amount, payload.InternalNumber, payload.Status));
        Assert.Contains("\"amount\":1234.5,", row.Payload, StringComparison.Ordinal);
    }

    private async Task AssertEmptyAsync()
    {
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_general_journal_vouchers"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_general_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_number_series"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }
}
