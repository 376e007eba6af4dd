using System.Reflection;
using AmisModular.Modularity.Abstractions.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Modules;

/// <summary>
/// Until the module host is wired: loads module assemblies named in <c>Shell:ModuleAssemblies</c> (ModuleId, Path)
/// into the default load context and runs their <see cref="IModule.ConfigureServices"/>. No signatures, no
/// licences, no isolation: for development and the shell's own tests only.
/// </summary>
public static class DevelopmentModuleLoader
{
    public static IReadOnlyList<(ModuleAssembly Assembly, IModule? Module)> Load(IConfiguration configuration)
    {
        var loaded = new List<(ModuleAssembly, IModule?)>();
        foreach (var section in configuration.GetSection("Shell:ModuleAssemblies").GetChildren())
        {
            var moduleId = section["ModuleId"] ?? throw new InvalidOperationException($"Shell:ModuleAssemblies:{section.Key}:ModuleId is missing.");
            var path = section["Path"] ?? throw new InvalidOperationException($"Shell:ModuleAssemblies:{section.Key}:Path is missing.");
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"Module assembly of '{moduleId}' not found.", path);
            }

            var assembly = Assembly.LoadFrom(Path.GetFullPath(path));
            loaded.Add((new ModuleAssembly(moduleId, assembly), CreateModule(assembly)));
        }

        return loaded;
    }

    public static void ConfigureServices(
        IServiceCollection services,
        IConfiguration configuration,
        IEnumerable<(ModuleAssembly Assembly, IModule? Module)> modules)
    {
        foreach (var (assembly, module) in modules)
        {
            var context = new ModuleContext(
                assembly.ModuleId,
                assembly.Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
                Path.GetDirectoryName(assembly.Assembly.Location) ?? AppContext.BaseDirectory,
                assembly.ModuleId,
                configuration);
            module?.ConfigureServices(services, context);
        }
    }

    private static IModule? CreateModule(Assembly assembly)
    {
        var type = assembly.GetExportedTypes()
            .FirstOrDefault(t => typeof(IModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false });
        return type is null ? null : (IModule?)Activator.CreateInstance(type);
    }
}
