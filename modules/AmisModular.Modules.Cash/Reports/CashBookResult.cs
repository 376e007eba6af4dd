namespace AmisModular.Modules.Cash.Reports;

/// <summary>Sổ quỹ tiền mặt (S07-DN / S07a-DN): opening, one row per posting, period totals and closing.</summary>
public sealed record CashBookResult(
    CashBookQuery Query,
    string CompanyName,
    decimal Opening,
    IReadOnlyList<CashBookRow> Rows,
    decimal TotalReceipts,
    decimal TotalPayments,
    decimal Closing);
