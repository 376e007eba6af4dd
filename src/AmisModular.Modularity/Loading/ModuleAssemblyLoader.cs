using System.Reflection;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Catalog;

namespace AmisModular.Modularity.Loading;

/// <summary>Loads a verified package into its own load context and creates its <see cref="IModule"/>.</summary>
public sealed class ModuleAssemblyLoader(SharedAssemblyPolicy shared)
{
    /// <exception cref="ModuleLoadException">The reason says which file or type and why.</exception>
    public LoadedModule Load(ModuleDescriptor module)
    {
        CheckAllAreAssemblies(module);
        var context = new ModuleLoadContext(module.Id, module.Directory, shared);
        Assembly entry;
        try
        {
            entry = context.LoadFromAssemblyPath(Path.Combine(module.Directory, module.Manifest.EntryAssembly));
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
        {
            throw new ModuleLoadException(module.Id, $"{module.Manifest.EntryAssembly}: {ex.GetType().Name}: {ex.Message}", ex);
        }

        var type = FindModuleType(module, entry);
        try
        {
            var instance = (IModule)Activator.CreateInstance(type)!;
            return new LoadedModule(module, context, entry, instance);
        }
        catch (Exception ex) when (ex is TargetInvocationException or MissingMethodException or MemberAccessException)
        {
            var inner = ex.InnerException ?? ex;
            throw new ModuleLoadException(module.Id, $"{type.FullName} could not be created: {inner.GetType().Name}: {inner.Message}", ex);
        }
    }

    /// <summary>Reads each listed file's assembly header first, so a .dll that is not an assembly fails before any code runs.</summary>
    private static void CheckAllAreAssemblies(ModuleDescriptor module)
    {
        foreach (var file in module.Manifest.Assemblies)
        {
            try
            {
                AssemblyName.GetAssemblyName(Path.Combine(module.Directory, file.Path));
            }
            catch (BadImageFormatException ex)
            {
                throw new ModuleLoadException(module.Id, $"{file.Path}: BadImageFormat: not a .NET assembly / tệp không phải assembly .NET", ex);
            }
        }
    }

    private static Type FindModuleType(ModuleDescriptor module, Assembly entry)
    {
        Type[] types;
        try
        {
            types = entry.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            var first = ex.LoaderExceptions.FirstOrDefault(e => e is not null);
            throw new ModuleLoadException(module.Id, $"{module.Manifest.EntryAssembly}: types could not be loaded: {first?.Message}", ex);
        }

        var modules = types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(t)).ToList();
        if (module.Manifest.ModuleType is { } name)
        {
            return modules.FirstOrDefault(t => t.FullName == name)
                ?? throw new ModuleLoadException(module.Id, $"moduleType '{name}' is not an IModule in {module.Manifest.EntryAssembly}");
        }

        return modules.Count == 1
            ? modules[0]
            : throw new ModuleLoadException(
                module.Id,
                $"{module.Manifest.EntryAssembly} has {modules.Count} IModule types; name one in moduleType");
    }
}
