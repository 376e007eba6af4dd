using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modularity.Abstractions.Navigation;

/// <summary>A menu entry a module contributes to the shell's navigation. Registered as a singleton service.</summary>
/// <param name="ModuleId">The contributing module; its entries disappear when the module is not Active.</param>
/// <param name="Key">Unique within the module, e.g. <c>cash.receipts</c>.</param>
/// <param name="Href">The route, relative to the shell root, e.g. <c>cash/receipts</c>.</param>
/// <param name="Permission">The permission a user needs to see the entry, e.g. <c>cash.view</c>.</param>
/// <param name="ParentKey">The group this entry sits under, if any.</param>
public sealed record NavigationEntry(
    string ModuleId,
    string Key,
    LocalizedText Title,
    string Href,
    string? Icon = null,
    int Order = 0,
    string? Permission = null,
    string? ParentKey = null);
