namespace AmisModular.Modularity.Loading;

/// <summary>A module's code could not be loaded: not an assembly, no IModule type, or its constructor failed.</summary>
public sealed class ModuleLoadException : Exception
{
    public ModuleLoadException(string moduleId, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ModuleId = moduleId;
    }

    public ModuleLoadException()
        : this(string.Empty, "module could not be loaded")
    {
    }

    public ModuleLoadException(string message)
        : this(string.Empty, message)
    {
    }

    public ModuleLoadException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    public string ModuleId { get; }
}
