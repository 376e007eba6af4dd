using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Dependencies;

/// <summary>The modules that may start, dependencies first, and those that may not, with the reason.</summary>
public sealed record DependencyPlan(IReadOnlyList<ModuleDescriptor> Ordered, IReadOnlyList<ModuleStatus> Failures);
