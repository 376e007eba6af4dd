namespace AmisModular.Shell.Modules;

/// <summary>
/// Port: the module assemblies loaded before the shell starts. Their pages are added to the router and their
/// embedded files are served under <c>/_modules/{moduleId}/</c>. Must be known before the app is built.
/// </summary>
public interface IModuleAssemblies
{
    IReadOnlyList<ModuleAssembly> Assemblies { get; }
}
