using System.Reflection;
using System.Runtime.Loader;

namespace AmisModular.Modularity.Loading;

/// <summary>
/// One load context per module: shared assemblies come from the host, everything else only from the module's own
/// folder, so two modules can carry different versions of the same private dependency side by side. Not
/// collectible: EF Core does not survive unloading, so updates apply at restart.
/// </summary>
public sealed class ModuleLoadContext(string moduleId, string moduleDirectory, SharedAssemblyPolicy shared)
    : AssemblyLoadContext($"module:{moduleId}", isCollectible: false)
{
    public string ModuleDirectory { get; } = moduleDirectory;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (shared.IsShared(assemblyName))
        {
            return null;
        }

        var path = Path.Combine(ModuleDirectory, assemblyName.Name + ".dll");
        if (File.Exists(path))
        {
            return LoadFromAssemblyPath(path);
        }

        // Neither shared nor private: refuse rather than silently borrow the host's copy of a private dependency.
        throw new FileNotFoundException(
            $"{assemblyName.Name} is neither shared with the host nor in the module folder {ModuleDirectory}",
            assemblyName.Name + ".dll");
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = Path.Combine(ModuleDirectory, unmanagedDllName);
        return File.Exists(path) ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
    }
}
