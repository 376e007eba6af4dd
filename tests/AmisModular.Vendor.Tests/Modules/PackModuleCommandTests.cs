using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Cli;

namespace AmisModular.Vendor.Tests.Modules;

public sealed class PackModuleCommandTests : IDisposable
{
    private const string Template = """
        {
          "id": "cash",
          "version": "1.2.0",
          "displayName": { "vi": "Quỹ", "en": "Cash" },
          "hostApi": "[1.0.0, 2.0.0)",
          "entryAssembly": "AmisModular.Modules.Cash.dll",
          "licenceFeature": "cash",
          "loadMode": "startup"
        }
        """;

    private readonly TempFolder _temp = new();
    private readonly string _input;
    private readonly string _modules;
    private readonly string _privateKey;
    private readonly string _publicPem;

    public PackModuleCommandTests()
    {
        _input = Directory.CreateDirectory(_temp.File("bin")).FullName;
        _modules = _temp.File("modules");
        foreach (var dll in new[]
                 {
                     "AmisModular.Modules.Cash.dll", "Private.Barcode.dll", "AmisModular.Modularity.Abstractions.dll",
                     "Microsoft.Extensions.Logging.Abstractions.dll", "Microsoft.EntityFrameworkCore.Sqlite.dll",
                     "Microsoft.AspNetCore.Components.dll", "AmisModular.Ledger.Contracts.dll",
                 })
        {
            File.WriteAllBytes(Path.Combine(_input, dll), RandomNumberGenerator.GetBytes(64));
        }

        File.WriteAllText(Path.Combine(_input, "AmisModular.Modules.Cash.pdb"), "symbols");
        File.WriteAllText(_temp.File("module.manifest.json"), Template);
        var (privatePem, publicPem) = Signer.CreateKeyPair();
        _privateKey = _temp.File("key.pem");
        _publicPem = publicPem;
        File.WriteAllText(_privateKey, privatePem);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ModulePack_BuildOutput_WritesEntryAndPrivateDllsWithHashesAndSignature()
    {
        var console = new TestConsole();

        var code = Pack(console);

        Assert.Equal(ExitCodes.Ok, code);
        var folder = Path.Combine(_modules, "cash", "1.2.0");
        Assert.Contains($"Packed cash 1.2.0 → {folder} (2 assemblies", console.Output);
        Assert.Equal(
            ["AmisModular.Modules.Cash.dll", "Private.Barcode.dll", "module.json", "module.sig"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var manifestBytes = File.ReadAllBytes(Path.Combine(folder, "module.json"));
        var manifest = JsonNode.Parse(manifestBytes)!.AsObject();
        Assert.Equal("Quỹ", manifest["displayName"]!["vi"]!.GetValue<string>());
        Assert.Equal("startup", manifest["loadMode"]!.GetValue<string>());
        var assemblies = manifest["assemblies"]!.AsArray();
        Assert.Equal(["AmisModular.Modules.Cash.dll", "Private.Barcode.dll"], assemblies.Select(a => a!["path"]!.GetValue<string>()));
        foreach (var assembly in assemblies)
        {
            var path = assembly!["path"]!.GetValue<string>();
            var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(_input, path))));
            Assert.Equal(expected, assembly["sha256"]!.GetValue<string>());
        }

        var signature = DetachedSignature.TryParse(File.ReadAllText(Path.Combine(folder, "module.sig")));
        var check = new SignatureVerifier([PublisherKey.FromPem(_publicPem)], false).Verify(manifestBytes, signature);
        Assert.Equal(SignatureStatus.Valid, check.Status);
    }

    [Fact]
    public void ModulePack_VersionAndEntryOverrides_UsedInFolderAndManifest()
    {
        File.Copy(Path.Combine(_input, "AmisModular.Modules.Cash.dll"), Path.Combine(_input, "Cash2.dll"));

        var code = Pack(new TestConsole(), "--version", "1.3.0-beta.1", "--entry", "Cash2.dll");

        Assert.Equal(ExitCodes.Ok, code);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(_modules, "cash", "1.3.0-beta.1", "module.json")))!;
        Assert.Equal("1.3.0-beta.1", manifest["version"]!.GetValue<string>());
        Assert.Equal("Cash2.dll", manifest["entryAssembly"]!.GetValue<string>());
        Assert.Equal("Cash2.dll", manifest["assemblies"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public void ModulePack_Repack_ReplacesOldFilesSoNoStaleDllRemains()
    {
        Assert.Equal(ExitCodes.Ok, Pack(new TestConsole()));
        File.Delete(Path.Combine(_input, "Private.Barcode.dll"));

        Assert.Equal(ExitCodes.Ok, Pack(new TestConsole()));

        var folder = Path.Combine(_modules, "cash", "1.2.0");
        Assert.False(File.Exists(Path.Combine(folder, "Private.Barcode.dll")));
        Assert.Single(Directory.GetDirectories(Path.Combine(_modules, "cash")));
    }

    [Fact]
    public void ModulePack_BadModuleId_ExitOneNamingFieldAndWritesNothing()
    {
        File.WriteAllText(_temp.File("module.manifest.json"), Template.Replace("\"cash\",", "\"Cash Module\",", StringComparison.Ordinal));
        var console = new TestConsole();

        var code = Pack(console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--manifest: $.id 'Cash Module' phải khớp ^[a-z][a-z0-9-]{1,31}$ / must match ^[a-z][a-z0-9-]{1,31}$", console.Output);
        Assert.False(Directory.Exists(_modules));
    }

    [Fact]
    public void ModulePack_BadHostApiRange_ExitOne()
    {
        File.WriteAllText(_temp.File("module.manifest.json"), Template.Replace("[1.0.0, 2.0.0)", "one-or-two", StringComparison.Ordinal));
        var console = new TestConsole();

        var code = Pack(console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("$.hostApi 'one-or-two' không phải khoảng phiên bản NuGet / is not a NuGet version range", console.Output);
    }

    [Fact]
    public void ModulePack_EntryAssemblyMissing_ExitOne()
    {
        File.Delete(Path.Combine(_input, "AmisModular.Modules.Cash.dll"));
        var console = new TestConsole();

        var code = Pack(console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("entry assembly AmisModular.Modules.Cash.dll not found", console.Output);
    }

    [Fact]
    public void ModulePack_TemplateNotJson_ExitOne()
    {
        File.WriteAllText(_temp.File("module.manifest.json"), "{ \"id\": ");
        var console = new TestConsole();

        var code = Pack(console);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("--manifest: không phải JSON hợp lệ / not valid JSON", console.Output);
    }

    [Fact]
    public void ModulePack_BadVersion_ExitOne()
    {
        var console = new TestConsole();

        var code = Pack(console, "--version", "1.2");

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains("$.version '1.2' không phải SemVer 2 / is not a SemVer 2 version", console.Output);
    }

    private int Pack(TestConsole console, params string[] extra) =>
        VendorApp.Run(
            [
                "module", "pack", "--input", _input, "--manifest", _temp.File("module.manifest.json"), "--key", _privateKey,
                "--out", _modules, .. extra,
            ],
            console.Console);
}
