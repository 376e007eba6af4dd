using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Tests.Support;

namespace AmisModular.Ledger.Tests.Posting;

/// <summary>Every refusal names the document, line and rule in both languages, and leaves nothing behind.</summary>
public sealed class PostingRefusalTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Post_Unbalanced_IsRefusedNamingDocumentAndRule_AndNothingIsWritten()
    {
        var error = await Assert.ThrowsAsync<UnbalancedPostingException>(() => host.EntryAsync("2026-01-10", BookSet.Both, post: true,
            new GeneralJournalDraftLine("6427", null, 100_000m),
            new GeneralJournalDraftLine(null, "331", 90_000m, CreditPartnerId: Guid.NewGuid())));

        Assert.Equal((100_000m, 90_000m), (error.TotalDebit, error.TotalCredit));
        Assert.Contains("NVK00001", error.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("không cân", error.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("does not balance", error.Text.En, StringComparison.Ordinal);
        Assert.Contains("core.general-journal/v1", error.Text.En, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();

        var next = await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 1m));
        Assert.Equal("NVK00001", next.TaxNumber);
    }

    [Fact]
    public async Task Post_UnknownAccount_IsRefusedNamingTheLine()
    {
        var error = await Assert.ThrowsAsync<UnknownAccountException>(() => host.EntryAsync("2026-01-10", BookSet.Tax, post: true,
            new GeneralJournalDraftLine("6427", "1111", 10m),
            new GeneralJournalDraftLine("9999", "1111", 10m)));

        Assert.Equal((2, "9999"), (error.LineNo, error.AccountCode));
        Assert.Contains("dòng 2", error.Text.Vi, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Text.En, StringComparison.Ordinal);
        Assert.Equal("core.general-journal/v1", error.RuleId);
        await AssertNothingWrittenAsync();
    }

    [Theory]
    [InlineData("642")]
    [InlineData("112")]
    [InlineData("3331")]
    public async Task Post_SummaryAccountWithChildren_IsNotPostable(string account)
    {
        var error = await Assert.ThrowsAsync<NonPostableAccountException>(() =>
            host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine(account, "1111", 10m)));

        Assert.Equal(account, error.AccountCode);
        Assert.Contains("tài khoản tổng hợp", error.Text.Vi, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Post_AfterOpeningASubAccount_TheParentStopsBeingPostable()
    {
        await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "113", 10m));
        await host.Get<AmisModular.Ledger.Chart.ChartService>().OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "113", "1131", "Tiền đang chuyển VND", "VND in transit", CancellationToken.None);

        await Assert.ThrowsAsync<NonPostableAccountException>(() =>
            host.EntryAsync("2026-01-11", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "113", 10m)));
        var ok = await host.EntryAsync("2026-01-11", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1131", 10m));
        Assert.Equal(DocumentStatus.Posted, ok.Status);
    }

    [Fact]
    public async Task Post_ReceivableLineWithoutPartner_IsRefused()
    {
        var error = await Assert.ThrowsAsync<MissingPartnerException>(() =>
            host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("1111", "131", 10m)));

        Assert.Equal((1, "131"), (error.LineNo, error.AccountCode));
        Assert.Contains("đối tượng", error.Text.Vi, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Post_DateOutsideAnyFiscalYear_IsRefused()
    {
        var error = await Assert.ThrowsAsync<PeriodNotOpenException>(() =>
            host.EntryAsync("2027-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 10m)));
        Assert.Contains("2027-01-10", error.Text.En, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Save_InternalBookForACompanyWithoutIt_IsAFieldError()
    {
        await using var taxOnly = await LedgerHost.CreateAsync(usesInternalBook: false, taxCode: "0312345678");

        var error = await Assert.ThrowsAsync<Errors.DocumentValidationException>(() =>
            taxOnly.EntryAsync("2026-01-10", BookSet.Internal, post: false, new GeneralJournalDraftLine("6427", "1111", 10m)));

        Assert.Equal("Books", Assert.Single(error.Errors).Field);
    }

    [Fact]
    public async Task Save_BadLines_ListsEveryWrongField()
    {
        var error = await Assert.ThrowsAsync<Errors.DocumentValidationException>(() => host.EntryAsync("2026-01-10", BookSet.Tax, post: false,
            new GeneralJournalDraftLine("6427", "1111", 0m),
            new GeneralJournalDraftLine(null, " ", 5m)));

        Assert.Equal(["Lines[1].Amount", "Lines[2].DebitAccount"], error.Errors.Select(e => e.Field));
        Assert.Contains("Số tiền phải lớn hơn 0", error.Text.Vi, StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_general_journal_vouchers"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_general_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_number_series"));
    }
}
