namespace AmisModular.Modules.Cash.Documents;

/// <summary>What an imported voucher may bring with it: its id and its numbers in the Tax and Internal books.</summary>
internal sealed record CashVoucherIdentity(Guid? Id, string? TaxNumber, string? InternalNumber);
