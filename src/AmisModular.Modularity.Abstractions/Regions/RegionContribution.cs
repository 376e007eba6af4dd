using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modularity.Abstractions.Regions;

/// <summary>A UI component a module places into a named region. Registered as a singleton service.</summary>
/// <param name="ComponentType">A Razor component type from the module's assembly.</param>
/// <param name="Order">Lower first.</param>
public sealed record RegionContribution(
    string ModuleId,
    string Region,
    Type ComponentType,
    int Order = 0,
    LocalizedText? Title = null,
    string? Permission = null);
