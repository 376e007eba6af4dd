using AmisModular.Ledger.Posting;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>The ledger core's own posting rules.</summary>
public sealed class CorePostingRules : IPostingRuleProvider
{
    public string ModuleId => "core";

    public IReadOnlyCollection<IPostingRule> Rules { get; } = [new GeneralJournalPostingRule()];
}
