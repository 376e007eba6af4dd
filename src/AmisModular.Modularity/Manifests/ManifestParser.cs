using System.Text.Json;
using AmisModular.Modularity.Abstractions.Text;
using NuGet.Versioning;

namespace AmisModular.Modularity.Manifests;

/// <summary>Walks a module.json document, collecting every broken rule with its JSON path.</summary>
internal sealed class ManifestParser
{
    private readonly List<ManifestError> _errors = [];

    public IReadOnlyList<ManifestError> Errors => _errors;

    public ModuleManifest? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Fail("$", "must be a JSON object");
            return null;
        }

        var id = Id(root, "id", "$.id");
        var version = Version(root);
        var displayName = DisplayName(root);
        var hostApi = Range(root, "hostApi", "$.hostApi", required: true);
        var dependencies = Dependencies(root, id);
        var assemblies = Assemblies(root);
        var entry = EntryAssembly(root, assemblies);
        var moduleType = String(root, "moduleType", "$.moduleType", required: false);
        var licenceFeature = String(root, "licenceFeature", "$.licenceFeature", required: false);
        var required = Boolean(root, "required", "$.required");
        var loadMode = LoadMode(root);
        var schema = Schema(root);

        if (id is null || version is null || hostApi is null || entry is null || _errors.Count > 0)
        {
            return null;
        }

        return new ModuleManifest(
            id, version, displayName, hostApi, dependencies, entry, moduleType, assemblies,
            licenceFeature ?? id, required, loadMode, schema);
    }

    private void Fail(string path, string message) => _errors.Add(new ManifestError(path, message));

    private string? String(JsonElement parent, string name, string path, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail(path, "is required / bắt buộc");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(path, $"must be a string, not {value.ValueKind}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Trim().Length == 0)
        {
            Fail(path, "must not be empty");
            return null;
        }

        return text;
    }

    private string? Id(JsonElement parent, string name, string path)
    {
        var id = String(parent, name, path, required: true);
        if (id is not null && !ManifestRules.IsValidId(id))
        {
            Fail(path, $"'{id}' must match {ManifestRules.IdPattern}");
            return null;
        }

        return id;
    }

    private NuGetVersion? Version(JsonElement root)
    {
        var text = String(root, "version", "$.version", required: true);
        if (text is null)
        {
            return null;
        }

        if (!NuGetVersion.TryParseStrict(text, out var version))
        {
            Fail("$.version", $"'{text}' is not a SemVer 2 version (e.g. 1.2.0)");
        }

        return version;
    }

    private VersionRange? Range(JsonElement parent, string name, string path, bool required)
    {
        var text = String(parent, name, path, required);
        if (text is null)
        {
            return null;
        }

        if (!VersionRange.TryParse(text, out var range))
        {
            Fail(path, $"'{text}' is not a version range (e.g. \"[1.0.0, 2.0.0)\" or \"1.0.0\")");
        }

        return range;
    }

    private LocalizedText? DisplayName(JsonElement root)
    {
        if (!root.TryGetProperty("displayName", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Fail("$.displayName", "must be an object { \"vi\": ..., \"en\": ... }");
            return null;
        }

        var vi = String(value, "vi", "$.displayName.vi", required: true);
        var en = String(value, "en", "$.displayName.en", required: true);
        return vi is null || en is null ? null : new LocalizedText(vi, en);
    }

    private List<ModuleDependency> Dependencies(JsonElement root, string? ownId)
    {
        var result = new List<ModuleDependency>();
        foreach (var (item, path) in Array(root, "dependencies", "$.dependencies", required: false))
        {
            var id = Id(item, "id", $"{path}.id");
            var range = Range(item, "range", $"{path}.range", required: true);
            if (id is null || range is null)
            {
                continue;
            }

            if (id == ownId)
            {
                Fail($"{path}.id", "a module cannot depend on itself");
            }
            else if (result.Any(d => d.Id == id))
            {
                Fail($"{path}.id", $"'{id}' is listed twice");
            }
            else
            {
                result.Add(new ModuleDependency(id, range));
            }
        }

        return result;
    }

    private List<ManifestAssembly> Assemblies(JsonElement root)
    {
        var result = new List<ManifestAssembly>();
        var items = Array(root, "assemblies", "$.assemblies", required: true);
        if (items.Count == 0 && root.TryGetProperty("assemblies", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            Fail("$.assemblies", "must list at least the entry assembly");
        }

        foreach (var (item, path) in items)
        {
            var file = String(item, "path", $"{path}.path", required: true);
            var sha = String(item, "sha256", $"{path}.sha256", required: true);
            if (file is not null && !ManifestRules.IsValidAssemblyPath(file))
            {
                Fail($"{path}.path", $"'{file}' must be a relative .dll path inside the package ('/' separators, no '..')");
                file = null;
            }
            else if (file is not null && result.Any(a => string.Equals(a.Path, file, StringComparison.OrdinalIgnoreCase)))
            {
                Fail($"{path}.path", $"'{file}' is listed twice");
                file = null;
            }

            if (sha is not null && !ManifestRules.IsValidSha256(sha))
            {
                Fail($"{path}.sha256", $"must match {ManifestRules.Sha256Pattern} (64 lowercase hex digits)");
                sha = null;
            }

            if (file is not null && sha is not null)
            {
                result.Add(new ManifestAssembly(file, sha));
            }
        }

        return result;
    }

    private string? EntryAssembly(JsonElement root, List<ManifestAssembly> assemblies)
    {
        var entry = String(root, "entryAssembly", "$.entryAssembly", required: true);
        if (entry is not null && !ManifestRules.IsValidAssemblyPath(entry))
        {
            Fail("$.entryAssembly", $"'{entry}' must be a relative .dll path inside the package");
            return null;
        }

        if (entry is not null && !assemblies.Any(a => string.Equals(a.Path, entry, StringComparison.OrdinalIgnoreCase)))
        {
            Fail("$.entryAssembly", $"'{entry}' must be listed in $.assemblies");
        }

        return entry;
    }

    private bool Boolean(JsonElement root, string name, string path)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Fail(path, "must be true or false");
            return false;
        }

        return value.GetBoolean();
    }

    private ModuleLoadMode LoadMode(JsonElement root)
    {
        var text = String(root, "loadMode", "$.loadMode", required: false);
        switch (text)
        {
            case null or "startup":
                return ModuleLoadMode.Startup;
            case "onDemand":
                return ModuleLoadMode.OnDemand;
            default:
                Fail("$.loadMode", $"'{text}' must be \"startup\" or \"onDemand\"");
                return ModuleLoadMode.Startup;
        }
    }

    private string? Schema(JsonElement root)
    {
        var schema = String(root, "schema", "$.schema", required: false);
        if (schema is not null && !ManifestRules.IsValidSchema(schema))
        {
            Fail("$.schema", $"'{schema}' must match {ManifestRules.SchemaPattern}");
            return null;
        }

        return schema;
    }

    private List<(JsonElement Item, string Path)> Array(JsonElement root, string name, string path, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Fail(path, "is required / bắt buộc");
            }

            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(path, "must be an array");
            return [];
        }

        var items = new List<(JsonElement Item, string Path)>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Fail(itemPath, "must be an object");
                continue;
            }

            items.Add((item, itemPath));
        }

        return items;
    }
}
