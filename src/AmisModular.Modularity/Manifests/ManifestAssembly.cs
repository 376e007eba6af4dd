namespace AmisModular.Modularity.Manifests;

/// <summary>A file of the package the host checks before loading anything.</summary>
/// <param name="Path">Relative to the package folder, with '/' separators.</param>
/// <param name="Sha256">64 lowercase hex digits.</param>
public sealed record ManifestAssembly(string Path, string Sha256);
