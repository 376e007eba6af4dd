namespace AmisModular.Modules.Reports.Ui.Widgets;

/// <summary>Money received into and paid out of cash and bank accounts in one month ("11/2026").</summary>
public sealed record MonthFlow(string Month, decimal Receipts, decimal Payments);
