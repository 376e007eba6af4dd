namespace AmisModular.Modularity.Manifests;

/// <summary>A module.json that breaks the format; <see cref="Errors"/> names each path and rule.</summary>
public sealed class ModuleManifestException : Exception
{
    public ModuleManifestException(string source, IReadOnlyList<ManifestError> errors)
        : base($"Invalid module manifest {source} / tệp module.json không hợp lệ: {string.Join("; ", errors)}")
    {
        Errors = errors;
    }

    public ModuleManifestException()
        : this("(unknown)", [])
    {
    }

    public ModuleManifestException(string message)
        : base(message)
    {
        Errors = [];
    }

    public ModuleManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<ManifestError> Errors { get; }
}
