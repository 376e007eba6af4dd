namespace AmisModular.Modules.Cash.Documents;

public sealed record CashVoucherDraftLine(string CounterAccount, decimal Amount, string? Description = null, Guid? PartnerId = null);
