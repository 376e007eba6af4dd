namespace AmisModular.Ledger.Periods;

/// <summary>The accounting regime (chế độ kế toán) a fiscal year follows; it chooses the chart of accounts.</summary>
public enum AccountingRegime
{
    /// <summary>Thông tư 200/2014/TT-BTC: fiscal years starting before 01/01/2026.</summary>
    Tt200,

    /// <summary>Thông tư 133/2016/TT-BTC: small and medium enterprises, optional.</summary>
    Tt133,

    /// <summary>Thông tư 99/2025/TT-BTC: fiscal years starting on or after 01/01/2026.</summary>
    Tt99,
}
