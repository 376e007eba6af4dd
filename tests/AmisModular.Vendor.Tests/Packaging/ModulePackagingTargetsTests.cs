using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AmisModular.Modularity.Security;

namespace AmisModular.Vendor.Tests.Packaging;

/// <summary>
/// tests/TestModules/Packaging.Sample imports build/ModulePackaging.targets and is built before this project
/// (a build-order ProjectReference), so its package must be in artifacts/test-modules, signed with the dev key.
/// </summary>
public sealed class ModulePackagingTargetsTests
{
    private static readonly string PackageFolder = Path.Combine(RepoPaths.Root, "artifacts", "test-modules", "packaging-sample", "1.3.0");

    [Fact]
    public void Build_SampleModule_PackedWithEntryAndPrivateDependencyOnly()
    {
        Assert.True(Directory.Exists(PackageFolder), $"no package at {PackageFolder}");

        Assert.Equal(
            ["AmisModular.TestModules.PackagingSample.dll", "Newtonsoft.Json.dll", "module.json", "module.sig"],
            Directory.GetFiles(PackageFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_SampleModule_ManifestFromTemplateAndProject()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(PackageFolder, "module.json")))!;

        Assert.Equal("packaging-sample", manifest["id"]!.GetValue<string>());
        Assert.Equal("1.3.0", manifest["version"]!.GetValue<string>());
        Assert.Equal("AmisModular.TestModules.PackagingSample.dll", manifest["entryAssembly"]!.GetValue<string>());
        Assert.Equal("Mẫu đóng gói", manifest["displayName"]!["vi"]!.GetValue<string>());
    }

    [Fact]
    public void Build_SampleModule_EveryDllListedWithMatchingSha256()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(PackageFolder, "module.json")))!;
        var listed = manifest["assemblies"]!.AsArray()
            .ToDictionary(a => a!["path"]!.GetValue<string>(), a => a!["sha256"]!.GetValue<string>());

        var dlls = Directory.GetFiles(PackageFolder, "*.dll").Select(Path.GetFileName).OfType<string>().ToList();

        Assert.Equal(dlls.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var dll in dlls)
        {
            Assert.Matches("^[0-9a-f]{64}$", listed[dll]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(PackageFolder, dll)))), listed[dll]);
        }
    }

    [Fact]
    public void Build_SampleModule_SignedWithDevelopmentKeyOnly()
    {
        var devKey = PublisherKey.FromPem(File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "keys", "dev-signing-key.pub.pem")), developmentOnly: true);
        var content = File.ReadAllBytes(Path.Combine(PackageFolder, "module.json"));
        var signature = DetachedSignature.TryParse(File.ReadAllText(Path.Combine(PackageFolder, "module.sig")));

        Assert.Equal(SignatureStatus.Valid, new SignatureVerifier([devKey], allowDevelopmentKeys: true).Verify(content, signature).Status);
        Assert.Equal(SignatureStatus.UntrustedDevelopmentKey, new SignatureVerifier([devKey], allowDevelopmentKeys: false).Verify(content, signature).Status);
    }
}
