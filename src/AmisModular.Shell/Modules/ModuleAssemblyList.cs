namespace AmisModular.Shell.Modules;

/// <summary>The simplest <see cref="IModuleAssemblies"/>: a list handed over by whoever loaded the modules.</summary>
public sealed class ModuleAssemblyList(IReadOnlyList<ModuleAssembly> assemblies) : IModuleAssemblies
{
    public static ModuleAssemblyList Empty { get; } = new([]);

    public IReadOnlyList<ModuleAssembly> Assemblies { get; } = assemblies;
}
