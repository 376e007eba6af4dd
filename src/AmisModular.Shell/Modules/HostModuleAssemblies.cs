using AmisModular.Modularity.Lifecycle;

namespace AmisModular.Shell.Modules;

/// <summary>
/// The entry assemblies of the modules the host loaded and configured (Active after ConfigureServices), taken before
/// the app is built: the router's additional assemblies and the <c>/_modules/{id}</c> files come from them.
/// </summary>
public static class HostModuleAssemblies
{
    public static ModuleAssemblyList From(ModuleManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return new ModuleAssemblyList([.. manager.ActiveModules.Select(m => new ModuleAssembly(m.Descriptor.Id, m.EntryAssembly))]);
    }
}
