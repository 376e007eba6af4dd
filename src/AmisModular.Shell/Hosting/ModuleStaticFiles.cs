using System.Reflection;
using AmisModular.Shell.Modules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace AmisModular.Shell.Hosting;

/// <summary>
/// Serves a module's files embedded in its assembly under <c>/_modules/{moduleId}/{path}</c>: from the
/// embedded-files manifest (folder <c>wwwroot</c>) when the module generated one, else plain embedded resources.
/// </summary>
public sealed class ModuleStaticFiles
{
    private readonly Dictionary<string, IFileProvider> providers = new(StringComparer.OrdinalIgnoreCase);
    private readonly FileExtensionContentTypeProvider contentTypes = new();

    public ModuleStaticFiles(IModuleAssemblies modules)
    {
        foreach (var module in modules.Assemblies)
        {
            providers[module.ModuleId] = CreateProvider(module.Assembly);
        }
    }

    public async Task<IResult> ServeAsync(string moduleId, string path, IModuleDirectory directory)
    {
        if (!directory.IsActive(moduleId) || !providers.TryGetValue(moduleId, out var provider) || path.Contains("..", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var file = provider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return Results.NotFound();
        }

        if (!contentTypes.TryGetContentType(file.Name, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        await using var stream = file.CreateReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        return Results.File(copy.ToArray(), contentType, lastModified: file.LastModified);
    }

    private static IFileProvider CreateProvider(Assembly assembly)
    {
        var hasManifest = assembly.GetManifestResourceNames().Contains("Microsoft.Extensions.FileProviders.Embedded.Manifest.xml");
        if (hasManifest)
        {
            return new ManifestEmbeddedFileProvider(assembly, "wwwroot");
        }

        return new EmbeddedFileProvider(assembly, assembly.GetName().Name + ".wwwroot");
    }
}
