namespace AmisModular.Ledger.Posting;

/// <summary>A module's posting rules, registered as a service (a module registers one provider).</summary>
public interface IPostingRuleProvider
{
    string ModuleId { get; }

    IReadOnlyCollection<IPostingRule> Rules { get; }
}
