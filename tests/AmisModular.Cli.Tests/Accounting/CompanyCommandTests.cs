using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Accounting;

public sealed class CompanyCommandTests
{
    [Fact]
    public void Create_ThenList_ShowsCompanyAsCurrentWithFiscalYear()
    {
        using var ledger = new LedgerInstallation(createCompany: false);

        var created = ledger.Ok("company", "create", "--name", "Công ty TNHH An Bình", "--tax-code", "0101234567", "--regime", "TT99", "--fiscal-year", "2026", "--internal-book");
        var listed = ledger.Ok("company", "list");
        var books = ledger.Ok("book", "list");
        var periods = ledger.Ok("period", "list");

        Assert.Contains("Company created: 0101234567 Công ty TNHH An Bình", created.Output);
        Assert.Contains("2026-01-01..2026-12-31, TT99, 12", created.Output);
        Assert.Matches(@"\* 0101234567\s+Công ty TNHH An Bình\s+\[Tax, Internal\]", listed.Output);
        Assert.Contains("Internal", books.Output);
        Assert.Contains("fiscal year 2026-01-01..2026-12-31 TT99", books.Output);
        Assert.Equal(12, periods.Output.Split('\n').Count(l => l.Contains("open", StringComparison.Ordinal)));
        Assert.True(File.Exists(ledger.StoreFile));
    }

    [Fact]
    public void Create_BadTaxCodeAndRegimeForYear_RefusedAndNothingWritten()
    {
        using var ledger = new LedgerInstallation(createCompany: false);

        var badTaxCode = ledger.Run("company", "create", "--name", "X", "--tax-code", "12345", "--fiscal-year", "2026");
        var badRegime = ledger.Run("company", "create", "--name", "X", "--tax-code", "0101234567", "--regime", "TT200", "--fiscal-year", "2026");

        Assert.Equal(ExitCodes.InvalidInput, badTaxCode.ExitCode);
        Assert.Contains("TaxCode", badTaxCode.Output);
        Assert.Equal(ExitCodes.InvalidInput, badRegime.ExitCode);
        Assert.Contains("TT99 replaces TT200", badRegime.Output);
        // The company of the refused regime was rolled back with its fiscal year (one transaction).
        Assert.Equal(0, ledger.Count("core_companies"));
    }

    [Fact]
    public void Use_SecondCompany_BecomesCurrent()
    {
        using var ledger = new LedgerInstallation();
        ledger.Ok("company", "create", "--name", "Công ty B", "--tax-code", "0309876543", "--fiscal-year", "2026");

        ledger.Ok("company", "use", "0309876543");
        var listed = ledger.Ok("company", "list");
        var unknown = ledger.Run("company", "use", "0100000000");

        Assert.Matches(@"\* 0309876543\s+Công ty B", listed.Output);
        Assert.Equal(ExitCodes.VerificationFailed, unknown.ExitCode);
        Assert.Contains("no company with tax code 0100000000", unknown.Output);
    }
}
