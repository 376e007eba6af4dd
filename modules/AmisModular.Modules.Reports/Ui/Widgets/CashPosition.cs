namespace AmisModular.Modules.Reports.Ui.Widgets;

/// <summary>What the dashboard shows: cash (111) and bank (112) balances today and six months of receipts/payments.</summary>
public sealed record CashPosition(decimal Cash, decimal Bank, IReadOnlyList<MonthFlow> Months);
