namespace AmisModular.Cloud.Figures;

/// <summary>One account of the cloud's trial balance (bảng cân đối tài khoản): opening, the period's turnover, closing.</summary>
public sealed record TrialBalanceRow(
    string AccountCode, decimal OpeningDebit, decimal OpeningCredit, decimal PeriodDebit, decimal PeriodCredit, decimal ClosingDebit, decimal ClosingCredit);
