namespace AmisModular.Ledger.Periods;

/// <summary>Which regime a fiscal year may follow: TT99 replaced TT200 for fiscal years starting from 01/01/2026.</summary>
public static class RegimeRules
{
    public static readonly DateOnly Tt99Effective = new(2026, 1, 1);

    public static AccountingRegime DefaultFor(DateOnly fiscalYearStart) =>
        fiscalYearStart >= Tt99Effective ? AccountingRegime.Tt99 : AccountingRegime.Tt200;

    public static bool IsAllowed(AccountingRegime regime, DateOnly fiscalYearStart) => regime switch
    {
        AccountingRegime.Tt99 => fiscalYearStart >= Tt99Effective,
        AccountingRegime.Tt200 => fiscalYearStart < Tt99Effective,
        AccountingRegime.Tt133 => true,
        _ => false,
    };
}
