using Microsoft.Extensions.Configuration;

namespace AmisModular.Modularity.Abstractions.Modules;

/// <summary>What the host tells a module about itself while it registers its services.</summary>
/// <param name="ModuleId">The manifest id, e.g. <c>cash</c>.</param>
/// <param name="Version">The semantic version of the loaded module.</param>
/// <param name="ModuleDirectory">The folder the module was loaded from (its assemblies and content).</param>
/// <param name="SchemaName">The storage schema the module owns (SQLite: the table prefix), from its manifest.</param>
/// <param name="Configuration">The host configuration; a module reads its own section <c>Modules:{id}</c>.</param>
public sealed record ModuleContext(
    string ModuleId,
    string Version,
    string ModuleDirectory,
    string? SchemaName,
    IConfiguration Configuration);
