using AmisModular.Modularity.States;

namespace AmisModular.Cli.Accounting;

/// <summary>Module statuses of a CLI session: kept in memory so a ledger command never overwrites the shell's module-states.json.</summary>
internal sealed class InMemoryModuleStatusStore : IModuleStatusStore
{
    public IReadOnlyList<ModuleStatus> Current { get; private set; } = [];

    public void Save(IReadOnlyList<ModuleStatus> statuses) => Current = statuses;
}
