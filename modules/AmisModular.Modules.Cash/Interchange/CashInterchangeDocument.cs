using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Interchange;

/// <summary>A cash voucher read from its JSON interchange form: what to save, and the id and numbers it brings.</summary>
internal sealed record CashInterchangeDocument(CashVoucherDraft Draft, CashVoucherIdentity Identity, bool Post);
