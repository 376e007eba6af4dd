using AmisModular.Modularity.States;

namespace AmisModular.Cli.Commands.Modules;

/// <summary>
/// What `amis modules list` reports: the statuses discovery decides now (no module code started) and, when the
/// shell has started, the statuses its last start wrote to module-states.json.
/// </summary>
public sealed record ModuleListing(
    string ModulesRoot,
    string ModulesRootSource,
    bool ModulesRootExists,
    IReadOnlyList<ModuleStatus> Discovery,
    string StateFile,
    DateTimeOffset? LastStartWrittenAt,
    IReadOnlyList<ModuleStatus>? LastStart);
