using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Catalog;

/// <summary>What a scan of the modules root found: valid candidates and folders that are not valid packages.</summary>
public sealed record ModuleCatalogScan(IReadOnlyList<ModuleDescriptor> Candidates, IReadOnlyList<ModuleStatus> Failures);
