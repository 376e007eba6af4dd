using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Reports;
using AmisModular.Modules.Cash.Tests.Support;
using static AmisModular.Modules.Cash.Tests.Support.CashHost;

namespace AmisModular.Modules.Cash.Tests.Documents;

public sealed class CashPostingTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync() => host = await CashHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Post_DraftDatedInALockedPeriod_RefusedNamingThePeriod_NothingPosted()
    {
        var draft = await host.Cash.CreateAsync(host.Receipt("2026-02-10", new CashVoucherDraftLine("5111", 1_000m)), post: false, CancellationToken.None);
        await host.Get<FiscalCalendar>().LockAsync(host.Company.Id, 2026, 2, "ktt", CancellationToken.None);

        var error = await Assert.ThrowsAsync<PeriodLockedException>(() => host.Cash.PostAsync(draft.Id, CancellationToken.None));

        Assert.Equal("02/2026", error.Period);
        Assert.Contains("02/2026", error.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("PT00001", error.Document, StringComparison.Ordinal);
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(CashVoucherStatus.Draft, (await host.Cash.FindAsync(draft.Id, CancellationToken.None))!.Status);
        await Assert.ThrowsAsync<PeriodLockedException>(() => host.Cash.CreateAsync(host.Receipt("2026-02-11", new CashVoucherDraftLine("5111", 1_000m)), post: true, CancellationToken.None));
    }

    [Fact]
    public async Task Unpost_ThenEdit_NewAmountAndAccountReachTheJournalOnRepost()
    {
        var payment = await host.Cash.CreateAsync(host.Payment("2026-01-06", new CashVoucherDraftLine("6427", 500_000m)), post: true, CancellationToken.None);
        var unposted = await host.Cash.UnpostAsync(payment.Id, CancellationToken.None);
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));

        var edited = await host.Cash.UpdateAsync(payment.Id, unposted.Version,
            host.Payment("2026-01-07", new CashVoucherDraftLine("334", 800_000m, "Tạm ứng lương")) with { PersonName = "Đỗ Văn Cường" }, CancellationToken.None);
        await Assert.ThrowsAsync<AmisModular.Ledger.Errors.ConcurrencyConflictException>(() =>
            host.Cash.UpdateAsync(payment.Id, unposted.Version, host.Payment("2026-01-07", new CashVoucherDraftLine("334", 1m)), CancellationToken.None));
        await host.Cash.PostAsync(payment.Id, CancellationToken.None);

        var lines = await host.Queries.JournalAsync(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);
        Assert.Equal(("Đỗ Văn Cường", CashVoucherStatus.Draft, "PC00001"), (edited.PersonName, edited.Status, edited.TaxNumber));
        Assert.Equal(["334 Dr 800000 2026-01-07", "1111 Cr 800000 2026-01-07"], lines.Select(l => $"{l.AccountCode} {(l.Debit > 0 ? "Dr " + l.Debit : "Cr " + l.Credit)} {l.PostingDate:yyyy-MM-dd}"));
    }

    [Fact]
    public async Task InternalOnlyVoucher_NotInTheTaxCashBook_OnlyInTheInternalOne()
    {
        await host.Get<AmisModular.Ledger.Opening.OpeningBalanceService>().SetAsync(host.Company.Id, Book.Internal, "1111", null, 10_000_000m, 0, D("2026-01-01"), CancellationToken.None);
        var internalOnly = await host.Cash.CreateAsync(host.Payment("2026-01-09", new CashVoucherDraftLine("6427", 300_000m)) with { Books = BookSet.Internal }, post: true, CancellationToken.None);
        var book = host.Get<CashBook>();

        var tax = await book.BuildAsync(new CashBookQuery(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);
        var management = await book.BuildAsync(new CashBookQuery(host.Company.Id, Book.Internal, D("2026-01-01"), D("2026-01-31")), CancellationToken.None);

        Assert.Null(internalOnly.TaxNumber);
        Assert.Empty(tax.Rows);
        Assert.Equal(10_000_000m, tax.Closing);
        Assert.Equal([("PC00001", 300_000m, 9_700_000m)], management.Rows.Select(r => (r.PaymentNumber, r.Payment, r.Balance)));
    }
}
