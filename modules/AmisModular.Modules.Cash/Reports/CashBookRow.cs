namespace AmisModular.Modules.Cash.Reports;

/// <summary>
/// One posting to the cash account: money in fills <see cref="ReceiptNumber"/> and <see cref="Receipt"/>, money out
/// <see cref="PaymentNumber"/> and <see cref="Payment"/>; <see cref="Balance"/> is the till after it (Tồn).
/// </summary>
public sealed record CashBookRow(
    DateOnly PostingDate,
    DateOnly DocumentDate,
    string? ReceiptNumber,
    string? PaymentNumber,
    string Description,
    string? CounterAccount,
    decimal Receipt,
    decimal Payment,
    decimal Balance,
    string CashAccount,
    Guid DocumentId,
    string DocumentType);
