using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Tests.Infrastructure;

/// <summary>
/// A temp modules root with real packages: a test module's build output, a generated module.json listing each
/// assembly's SHA-256, and a module.sig signed by a key created for this test.
/// </summary>
public sealed class ModulesRoot : IDisposable
{
    private readonly (string Private, string Public) _trusted = Signer.CreateKeyPair();
    private readonly (string Private, string Public) _stranger = Signer.CreateKeyPair();

    public ModulesRoot()
    {
        Directory.CreateDirectory(Path);
    }

    public string Base { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "amis-host-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Base, "modules");

    public string StateDirectory => System.IO.Path.Combine(Base, "state");

    public ModularityOptions Options()
    {
        var options = new ModularityOptions { ModulesRoot = Path, StateDirectory = StateDirectory };
        options.TrustedKeys.Add(PublisherKey.FromPem(_trusted.Public));
        options.SharedAssemblyPrefixes.Add("AmisModular.TestContracts");
        return options;
    }

    /// <summary>Installs <paramref name="module"/> as <c>&lt;id&gt;/&lt;version&gt;</c>; <paramref name="edit"/> changes the manifest before signing.</summary>
    public string Install(
        string id,
        string version,
        TestModule module,
        Action<JsonObject>? edit = null,
        Signing signing = Signing.TrustedKey)
    {
        var folder = System.IO.Path.Combine(Path, id, version);
        Directory.CreateDirectory(folder);
        var files = module.PrivateFiles.Prepend(module.EntryAssembly).ToList();
        foreach (var file in files)
        {
            File.Copy(System.IO.Path.Combine(module.OutputDirectory, file), System.IO.Path.Combine(folder, file));
        }

        var manifest = new JsonObject
        {
            ["id"] = id,
            ["version"] = version,
            ["displayName"] = new JsonObject { ["vi"] = $"Mô-đun {id}", ["en"] = $"Module {id}" },
            ["hostApi"] = "[1.0.0, 2.0.0)",
            ["dependencies"] = new JsonArray(),
            ["entryAssembly"] = module.EntryAssembly,
            ["assemblies"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["path"] = f, ["sha256"] = Sha256(System.IO.Path.Combine(folder, f)) })]),
            ["required"] = false,
            ["loadMode"] = "startup",
        };
        edit?.Invoke(manifest);
        WriteManifest(folder, manifest.ToJsonString(), signing);
        return folder;
    }

    /// <summary>Writes a manifest's exact text and signs it.</summary>
    public void WriteManifest(string folder, string json, Signing signing = Signing.TrustedKey)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        File.WriteAllBytes(System.IO.Path.Combine(folder, "module.json"), bytes);
        var signature = signing switch
        {
            Signing.TrustedKey => Signer.Sign(bytes, _trusted.Private),
            Signing.UnknownKey => Signer.Sign(bytes, _stranger.Private),
            _ => null,
        };
        if (signature is not null)
        {
            File.WriteAllText(System.IO.Path.Combine(folder, "module.sig"), signature.ToJson());
        }
    }

    public string StrangerKeyId => KeyIds.For(_stranger.Public);

    public static JsonArray Dependencies(params (string Id, string Range)[] dependencies) =>
        new([.. dependencies.Select(d => (JsonNode)new JsonObject { ["id"] = d.Id, ["range"] = d.Range })]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (UnauthorizedAccessException)
        {
            // Assemblies loaded into a non-collectible context stay mapped; a leftover temp folder is harmless.
        }
        catch (IOException)
        {
        }
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
