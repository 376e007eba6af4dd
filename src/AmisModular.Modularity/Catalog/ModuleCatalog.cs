using AmisModular.Modularity.Manifests;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Catalog;

/// <summary>Finds installed packages laid out as <c>&lt;modulesRoot&gt;/&lt;id&gt;/&lt;version&gt;/module.json</c>.</summary>
public sealed class ModuleCatalog(string modulesRoot)
{
    public ModuleCatalogScan Scan()
    {
        var candidates = new List<ModuleDescriptor>();
        var failures = new List<ModuleStatus>();
        if (!Directory.Exists(modulesRoot))
        {
            return new(candidates, failures);
        }

        var folders = Directory.EnumerateDirectories(modulesRoot)
            .SelectMany(Directory.EnumerateDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            try
            {
                candidates.Add(ReadPackage(folder));
            }
            catch (ModuleManifestException ex)
            {
                var version = Path.GetFileName(folder);
                var id = Path.GetFileName(Path.GetDirectoryName(folder))!;
                failures.Add(new ModuleStatus(id, version, ModuleState.Malfunctioned, ex.Message, null, folder));
            }
        }

        return new(candidates, failures);
    }

    /// <summary>Reads one package folder's manifest; the folder must be named <c>&lt;id&gt;/&lt;version&gt;</c>.</summary>
    /// <param name="checkFolderNames">False for a package not yet installed (e.g. <c>amis modules verify ./out</c>).</param>
    /// <exception cref="ModuleManifestException">The manifest is missing, invalid or does not match the folder.</exception>
    public static ModuleDescriptor ReadPackage(string folder, bool checkFolderNames = true)
    {
        folder = Path.GetFullPath(folder);
        var path = Path.Combine(folder, ModuleManifest.FileName);
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        var manifest = bytes is null ? ModuleManifestReader.ReadFile(path) : ModuleManifestReader.Read(bytes, path);
        if (checkFolderNames)
        {
            CheckFolderNames(manifest, folder, path);
        }

        return new ModuleDescriptor(manifest, folder, bytes!);
    }

    private static void CheckFolderNames(ModuleManifest manifest, string folder, string path)
    {
        var errors = new List<ManifestError>();
        var folderVersion = Path.GetFileName(folder);
        var folderId = Path.GetFileName(Path.GetDirectoryName(folder));
        if (manifest.Id != folderId)
        {
            errors.Add(new ManifestError("$.id", $"'{manifest.Id}' does not match its folder '{folderId}'"));
        }

        if (!NuGet.Versioning.NuGetVersion.TryParse(folderVersion, out var version) || version != manifest.Version)
        {
            errors.Add(new ManifestError("$.version", $"'{manifest.Version}' does not match its folder '{folderVersion}'"));
        }

        if (errors.Count > 0)
        {
            throw new ModuleManifestException(path, errors);
        }
    }
}
