namespace AmisModular.Vendor.Modules;

/// <summary>A package written by <see cref="ModulePackager"/>.</summary>
/// <param name="Assemblies">File names in the package, entry assembly first.</param>
public sealed record PackedModule(string Id, string Version, string Folder, string KeyId, IReadOnlyList<string> Assemblies);
