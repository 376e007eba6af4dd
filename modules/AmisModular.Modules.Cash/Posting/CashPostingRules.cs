using AmisModular.Ledger.Posting;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Posting;

public sealed class CashPostingRules : IPostingRuleProvider
{
    public string ModuleId => CashDocumentTypes.ModuleId;

    public IReadOnlyCollection<IPostingRule> Rules { get; } = [new CashReceiptPostingRule(), new CashPaymentPostingRule()];
}
