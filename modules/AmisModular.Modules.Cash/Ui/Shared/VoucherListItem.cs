using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>One row of the receipts or payments list; <see cref="Number"/> is the working book's number.</summary>
public sealed record VoucherListItem(Guid Id, DateOnly Date, string Number, string Person, string Reason, decimal Amount, CashVoucherStatus Status);
