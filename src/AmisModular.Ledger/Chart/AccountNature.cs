namespace AmisModular.Ledger.Chart;

/// <summary>Tính chất tài khoản: the side its balance normally sits on.</summary>
public enum AccountNature
{
    Debit,
    Credit,

    /// <summary>Lưỡng tính (131, 331, 421): balances on either side, shown gross per partner.</summary>
    Both,

    /// <summary>No balance after closing (911).</summary>
    None,
}
