using AmisModular.Cli.Cli;
using AmisModular.Cli.Tests.Infrastructure;

namespace AmisModular.Cli.Tests.Accounting;

public sealed class BookCommandTests
{
    [Fact]
    public void Opening_CashAndCustomer_InTrialBalanceOpeningAndClosing()
    {
        using var ledger = new LedgerInstallation();
        ledger.Ok("partner", "add", "KH001", "--name", "Công ty CP Bình Minh", "--kind", "customer");

        ledger.Ok("book", "opening", "--book", "Tax", "--account", "1111", "--debit", "100000000");
        ledger.Ok("book", "opening", "--book", "Tax", "--account", "131", "--debit", "20000000", "--partner", "KH001");
        ledger.Ok("book", "opening", "--book", "Tax", "--account", "4111", "--credit", "120000000");
        var tb = ledger.TrialBalance();

        Assert.Equal((100_000_000m, 0m), (tb["1111"].ClosingDebit, tb["1111"].ClosingCredit));
        Assert.Equal(20_000_000m, tb["131"].ClosingDebit);
        Assert.Equal(120_000_000m, tb["4111"].ClosingCredit);
    }

    [Fact]
    public void Opening_ReceivableWithoutPartnerOrParentAccount_RefusedNamingTheField()
    {
        using var ledger = new LedgerInstallation();

        var noPartner = ledger.Run("book", "opening", "--account", "131", "--debit", "1000");
        var parent = ledger.Run("book", "opening", "--account", "112", "--debit", "1000");
        var internalBook = ledger.Run("book", "opening", "--book", "Internal", "--account", "1111", "--debit", "1000");

        Assert.Equal(ExitCodes.InvalidInput, noPartner.ExitCode);
        Assert.Contains("PartnerId", noPartner.Output);
        Assert.Equal(ExitCodes.InvalidInput, parent.ExitCode);
        Assert.Contains("has sub-accounts", parent.Output);
        Assert.Equal(ExitCodes.InvalidInput, internalBook.ExitCode);
        Assert.Contains("does not keep an Internal book", internalBook.Output);
        Assert.Equal(0, ledger.Count("core_opening_balances"));
    }

    [Fact]
    public void AccountAdd_SubAccount_PostableAndParentNoLonger()
    {
        using var ledger = new LedgerInstallation();

        var added = ledger.Ok("account", "add", "11211", "--parent", "1121", "--name", "Tiền gửi VCB");
        ledger.Ok("book", "opening", "--account", "11211", "--debit", "5000000");
        var parent = ledger.Run("book", "opening", "--account", "1121", "--debit", "5000000");

        Assert.Contains("Account opened: 11211 Tiền gửi VCB", added.Output);
        Assert.Equal(5_000_000m, ledger.TrialBalance()["11211"].ClosingDebit);
        Assert.Equal(ExitCodes.InvalidInput, parent.ExitCode);
    }
}
