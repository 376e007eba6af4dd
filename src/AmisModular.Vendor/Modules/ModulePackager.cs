using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;
using NuGet.Versioning;

namespace AmisModular.Vendor.Modules;

/// <summary>
/// Turns a module's build output into an installed package <c>&lt;modulesRoot&gt;/&lt;id&gt;/&lt;version&gt;/</c>:
/// its entry assembly and private dependencies, module.json (from the template, with "assemblies" filled) and module.sig.
/// Works on the manifest as JSON so the tool does not depend on the host's manifest classes.
/// </summary>
public static partial class ModulePackager
{
    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="version">Overrides the template's "version" (the build passes the project's Version).</param>
    /// <param name="entryAssembly">Overrides the template's "entryAssembly".</param>
    /// <exception cref="VendorInputException">Bad template, missing files, bad key.</exception>
    public static PackedModule Pack(
        string inputFolder, string manifestTemplateJson, string privateKeyPem, string modulesRoot, string? version = null, string? entryAssembly = null)
    {
        ArgumentNullException.ThrowIfNull(privateKeyPem);
        if (!Directory.Exists(inputFolder))
        {
            throw new VendorInputException($"--input: không có thư mục / folder not found: {inputFolder}");
        }

        var manifest = ParseTemplate(manifestTemplateJson);
        var id = ReadId(manifest);
        var packageVersion = ReadVersion(manifest, version);
        var entry = ReadEntryAssembly(manifest, entryAssembly, inputFolder);
        var assemblies = CollectAssemblies(inputFolder, entry);

        var packageFolder = Path.Combine(modulesRoot, id, packageVersion);
        var staging = Path.Combine(modulesRoot, id, $".staging-{packageVersion}-{Guid.NewGuid():N}");
        try
        {
            var signature = WritePackage(staging, inputFolder, manifest, packageVersion, entry, assemblies, privateKeyPem);
            if (Directory.Exists(packageFolder))
            {
                Directory.Delete(packageFolder, recursive: true);
            }

            Directory.Move(staging, packageFolder);
            return new PackedModule(id, packageVersion, packageFolder, signature.KeyId, assemblies);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private static DetachedSignature WritePackage(
        string staging, string inputFolder, JsonObject manifest, string version, string entry, IReadOnlyList<string> assemblies, string privateKeyPem)
    {
        Directory.CreateDirectory(staging);
        var listed = new JsonArray();
        foreach (var assembly in assemblies)
        {
            var target = Path.Combine(staging, assembly);
            File.Copy(Path.Combine(inputFolder, assembly), target);
            listed.Add(new JsonObject
            {
                ["path"] = assembly,
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(target))),
            });
        }

        manifest["version"] = version;
        manifest["entryAssembly"] = entry;
        manifest["assemblies"] = listed;
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ManifestJson);
        var signature = Signer.Sign(manifestBytes, privateKeyPem);
        File.WriteAllBytes(Path.Combine(staging, "module.json"), manifestBytes);
        File.WriteAllText(Path.Combine(staging, "module.sig"), signature.ToJson());
        return signature;
    }

    private static JsonObject ParseTemplate(string json)
    {
        try
        {
            return JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                ?? throw new VendorInputException("--manifest: $ phải là đối tượng JSON / must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new VendorInputException($"--manifest: không phải JSON hợp lệ / not valid JSON: {e.Message}", e);
        }
    }

    private static string ReadId(JsonObject manifest)
    {
        var id = ReadString(manifest, "id");
        return id is not null && ModuleId().IsMatch(id)
            ? id
            : throw new VendorInputException($"--manifest: $.id '{id}' phải khớp ^[a-z][a-z0-9-]{{1,31}}$ / must match ^[a-z][a-z0-9-]{{1,31}}$");
    }

    private static string ReadVersion(JsonObject manifest, string? overrideVersion)
    {
        var text = overrideVersion ?? ReadString(manifest, "version");
        if (text is null || !NuGetVersion.TryParseStrict(text, out var version))
        {
            throw new VendorInputException($"--manifest: $.version '{text}' không phải SemVer 2 / is not a SemVer 2 version");
        }

        var hostApi = ReadString(manifest, "hostApi");
        if (hostApi is null || !VersionRange.TryParse(hostApi, out _))
        {
            throw new VendorInputException(
                $"--manifest: $.hostApi '{hostApi}' không phải khoảng phiên bản NuGet / is not a NuGet version range, e.g. \"[1.0.0, 2.0.0)\"");
        }

        return version.ToNormalizedString();
    }

    private static string ReadEntryAssembly(JsonObject manifest, string? overrideEntry, string inputFolder)
    {
        var entry = overrideEntry ?? ReadString(manifest, "entryAssembly");
        if (entry is null || entry != Path.GetFileName(entry) || !entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            throw new VendorInputException($"--manifest: $.entryAssembly '{entry}' phải là tên tệp .dll / must be a .dll file name");
        }

        if (!File.Exists(Path.Combine(inputFolder, entry)))
        {
            throw new VendorInputException($"--input: không có {entry} trong {inputFolder} / entry assembly {entry} not found in {inputFolder}");
        }

        return SharedAssemblies.IsShared(entry)
            ? throw new VendorInputException($"$.entryAssembly: {entry} là assembly dùng chung của host / is a host-shared assembly")
            : entry;
    }

    /// <summary>The entry assembly first, then every private dll of the build output (top folder only).</summary>
    private static List<string> CollectAssemblies(string inputFolder, string entry)
    {
        var privateDependencies = Directory.EnumerateFiles(inputFolder, "*.dll")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !string.Equals(name, entry, StringComparison.OrdinalIgnoreCase) && !SharedAssemblies.IsShared(name))
            .Order(StringComparer.Ordinal);
        return [entry, .. privateDependencies];
    }

    private static string? ReadString(JsonObject manifest, string property) =>
        manifest[property] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    [GeneratedRegex("^[a-z][a-z0-9-]{1,31}$")]
    private static partial Regex ModuleId();
}
