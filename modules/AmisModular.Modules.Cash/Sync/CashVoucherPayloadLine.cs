namespace AmisModular.Modules.Cash.Sync;

public sealed record CashVoucherPayloadLine(int LineNo, string CounterAccount, decimal Amount, string? Description, Guid? PartnerId);
