using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Tests.Support;
using static AmisModular.Modules.Cash.Tests.Support.CashHost;

namespace AmisModular.Modules.Cash.Tests.Documents;

public sealed class CashVoucherTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync() => host = await CashHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ReceiptAndPayment_PostTheStandardEntries_WithMisaNumbers()
    {
        var receipt = await host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("131", 3_000_000m)) with { PartnerId = host.Customer.Id }, post: true, CancellationToken.None);
        var payment = await host.Cash.CreateAsync(host.Payment("2026-01-06",
            new CashVoucherDraftLine("331", 4_000_000m, PartnerId: host.Vendor.Id),
            new CashVoucherDraftLine("6427", 1_000_000m, "Phí dịch vụ")), post: true, CancellationToken.None);

        Assert.Equal(("PT00001", "PC00001"), (receipt.TaxNumber, payment.TaxNumber));
        var lines = await host.Queries.JournalAsync(host.Company.Id, Book.Tax, D("2026-01-01"), D("2026-01-31"), null, CancellationToken.None);
        Assert.Equal(
            ["PT00001 1111 Dr 3000000 /131", "PT00001 131 Cr 3000000 /1111", "PC00001 331 Dr 4000000 /1111", "PC00001 1111 Cr 4000000 /331", "PC00001 6427 Dr 1000000 /1111", "PC00001 1111 Cr 1000000 /6427"],
            lines.Select(l => $"{l.DocumentNumber} {l.AccountCode} {(l.Debit > 0 ? "Dr " + l.Debit : "Cr " + l.Credit)} /{l.CorrespondingAccountCode}"));
        Assert.Equal(host.Customer.Id, lines.Single(l => l.AccountCode == "131").PartnerId);
        Assert.Equal(host.Vendor.Id, lines.Single(l => l.AccountCode == "331").PartnerId);
        Assert.Equal(["cash.receipt/v1", "cash.payment/v1"], lines.Select(l => l.RuleId).Distinct());
        var till = await host.Queries.BalanceAsync(host.Company.Id, Book.Tax, "1111", D("2026-02-01"), null, CancellationToken.None);
        Assert.Equal(8_000_000m, till.Net);
    }

    [Fact]
    public async Task Payment_MoreThanTheTillHolds_IsRefusedAndNothingIsWritten()
    {
        var error = await Assert.ThrowsAsync<NegativeCashBalanceException>(() =>
            host.Cash.CreateAsync(host.Payment("2026-01-06", new CashVoucherDraftLine("6427", 10_000_001m)), post: true, CancellationToken.None));

        Assert.Equal(10_000_000m, error.Available);
        Assert.Contains("PC00001", error.Text.Vi, StringComparison.Ordinal);
        await AssertNothingAsync();
        var draft = await host.Cash.CreateAsync(host.Payment("2026-01-06", new CashVoucherDraftLine("6427", 10_000_001m)), post: false, CancellationToken.None);
        Assert.Equal(CashVoucherStatus.Draft, draft.Status);
    }

    [Fact]
    public async Task Save_InvalidFields_AreListedByFieldInBothLanguages()
    {
        var draft = new CashVoucherDraft(CashVoucherKind.Receipt, host.Company.Id, BookSet.Tax, D("2026-01-06"), D("2026-01-05"), " ", "",
            [new CashVoucherDraftLine("", 5m), new CashVoucherDraftLine("131", -1m)], CashAccount: "1121", PartnerId: Guid.NewGuid());

        var error = await Assert.ThrowsAsync<DocumentValidationException>(() => host.Cash.CreateAsync(draft, post: false, CancellationToken.None));

        Assert.Equal(["Description", "CashAccount", "PostingDate", "Lines[1].CounterAccount", "Lines[2].Amount", "PartnerId"], error.Errors.Select(e => e.Field));
        Assert.Contains("Lý do nộp là bắt buộc", error.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("The credit account is required", error.Text.En, StringComparison.Ordinal);
        await AssertNothingAsync();
    }

    [Fact]
    public async Task Receipt_ToUnknownOrSummaryAccount_IsRefusedByThePipeline()
    {
        var unknown = await Assert.ThrowsAsync<UnknownAccountException>(() =>
            host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("5111", 1m), new CashVoucherDraftLine("7777", 1m)), post: true, CancellationToken.None));
        var summary = await Assert.ThrowsAsync<NonPostableAccountException>(() =>
            host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("338", 1m)), post: true, CancellationToken.None));

        Assert.Equal((2, "cash.receipt/v1"), (unknown.LineNo, unknown.RuleId));
        Assert.Equal("338", summary.AccountCode);
        await AssertNothingAsync();
    }

    [Fact]
    public async Task PostedVoucher_ChangesOnlyAfterUnpost_AndNotInALockedPeriod()
    {
        var receipt = await host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("5111", 1_000m)), post: true, CancellationToken.None);
        await Assert.ThrowsAsync<DocumentAlreadyPostedException>(() => host.Cash.UpdateAsync(receipt.Id, receipt.Version, host.Receipt("2026-01-05", new CashVoucherDraftLine("5111", 2_000m)), CancellationToken.None));

        await host.Get<FiscalCalendar>().LockAsync(host.Company.Id, 2026, 1, "ktt", CancellationToken.None);
        await Assert.ThrowsAsync<PeriodLockedException>(() => host.Cash.UnpostAsync(receipt.Id, CancellationToken.None));
        await host.Get<FiscalCalendar>().UnlockAsync(host.Company.Id, 2026, 1, "ktt", CancellationToken.None);

        var unposted = await host.Cash.UnpostAsync(receipt.Id, CancellationToken.None);
        var edited = await host.Cash.UpdateAsync(receipt.Id, unposted.Version, host.Receipt("2026-01-07", new CashVoucherDraftLine("5111", 2_000m), new CashVoucherDraftLine("33311", 200m)), CancellationToken.None);
        var reposted = await host.Cash.PostAsync(receipt.Id, CancellationToken.None);

        Assert.Equal((2, 2_200m, "PT00001", 4L), (edited.Lines.Count, edited.Total, reposted.TaxNumber, reposted.Version));
        Assert.Equal(4, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(["post", "unpost", "upsert", "post"], await OutboxOpsAsync());
    }

    [Fact]
    public async Task Save_FailureBeforeCommit_LeavesNoCashRowNoJournalNoOutbox()
    {
        host.Fault.Armed = true;
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("5111", 1_000m)), post: true, CancellationToken.None));
        host.Fault.Armed = false;
        await AssertNothingAsync();

        await host.ExecuteAsync("CREATE TRIGGER no_outbox BEFORE INSERT ON sync_outbox BEGIN SELECT RAISE(ABORT, 'outbox unavailable'); END;");
        await Assert.ThrowsAnyAsync<Exception>(() =>
            host.Cash.CreateAsync(host.Receipt("2026-01-05", new CashVoucherDraftLine("5111", 1_000m)), post: true, CancellationToken.None));
        await AssertNothingAsync();
    }

    private async Task<List<string>> OutboxOpsAsync()
    {
        var rows = (await host.Get<AmisModular.Storage.Outbox.OutboxReader>().PendingAsync(100, CancellationToken.None)).Where(r => r.Module == "cash").ToList();
        Assert.Equal(Enumerable.Range(0, rows.Count).Select(i => (long)i), rows.Select(r => r.BaseVersion));
        Assert.Equal(Enumerable.Range((int)rows[0].Seq, rows.Count).Select(i => (long)i), rows.Select(r => r.Seq));
        return [.. rows.Select(r => r.Operation)];
    }

    private async Task AssertNothingAsync()
    {
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM cash_vouchers"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM cash_voucher_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_number_series"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox WHERE Module = 'cash'"));
    }
}
