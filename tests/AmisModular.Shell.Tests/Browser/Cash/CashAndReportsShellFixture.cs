namespace AmisModular.Shell.Tests.Browser.Cash;

/// <summary>The cash shell with the real Reports module installed and licensed too: a receipt entered in Quỹ is read
/// back by Báo cáo from the same store.</summary>
public sealed class CashAndReportsShellFixture : CashShellFixture
{
    public CashAndReportsShellFixture()
        : base(withReports: true)
    {
    }
}
