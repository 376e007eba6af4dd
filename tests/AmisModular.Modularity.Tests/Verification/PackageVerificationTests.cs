using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;

namespace AmisModular.Modularity.Tests.Verification;

public sealed class PackageVerificationTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Start_AssemblyChangedAfterSigning_MalfunctionedNamingTheFile()
    {
        var folder = _root.Install("cash", "1.0.0", TestModule.Plain);
        var dll = Path.Combine(folder, "PlainModule.dll");
        var bytes = File.ReadAllBytes(dll);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(dll, bytes);

        var host = await ModuleHost.StartAsync(_root.Options());

        var status = host.Status("cash");
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        Assert.Contains("PlainModule.dll: SHA-256 does not match module.json", status.Reason, StringComparison.Ordinal);
        Assert.Empty(host.Probes("cash"));
    }

    [Fact]
    public async Task Start_Unsigned_MalfunctionedUnsigned()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, signing: Signing.NoSignature);

        var host = await ModuleHost.StartAsync(_root.Options());

        var status = host.Status("cash");
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        Assert.Contains("module.sig is missing: the package is unsigned", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SignedByUnknownKey_MalfunctionedNamingTheKey()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, signing: Signing.UnknownKey);

        var host = await ModuleHost.StartAsync(_root.Options());

        var status = host.Status("cash");
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        Assert.Contains($"signature: signed by unknown key {_root.StrangerKeyId}", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ManifestEditedAfterSigning_SignatureDoesNotMatch()
    {
        var folder = _root.Install("cash", "1.0.0", TestModule.Plain);
        var manifest = Path.Combine(folder, "module.json");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"required\":false", "\"required\":false ", StringComparison.Ordinal));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Malfunctioned, host.Status("cash").State);
        Assert.Contains("signature does not match the content", host.Status("cash").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_UnlistedDllDroppedIntoPackage_MalfunctionedNamingTheFile()
    {
        var folder = _root.Install("cash", "1.0.0", TestModule.Plain);
        File.Copy(Path.Combine(TestModule.Json13.OutputDirectory, "Newtonsoft.Json.dll"), Path.Combine(folder, "Newtonsoft.Json.dll"));

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Malfunctioned, host.Status("cash").State);
        Assert.Contains("Newtonsoft.Json.dll: not listed in module.json", host.Status("cash").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void VerifyPackage_GoodFolder_Valid_TamperedFolder_NamesFile()
    {
        var folder = _root.Install("cash", "1.0.0", TestModule.Plain);
        var options = _root.Options();

        Assert.True(ModuleManager.VerifyPackage(folder, options).IsValid);

        File.AppendAllText(Path.Combine(folder, "PlainModule.dll"), "x");
        var result = ModuleManager.VerifyPackage(folder, options);
        Assert.False(result.IsValid);
        Assert.Equal("PlainModule.dll: SHA-256 does not match module.json (changed after signing) / tệp đã bị sửa", Assert.Single(result.Problems));
    }

    [Fact]
    public void VerifyPackage_DevelopmentKeyWithoutAllowDevelopmentKeys_Refused()
    {
        var folder = _root.Install("cash", "1.0.0", TestModule.Plain);
        var production = new ModularityOptions();
        foreach (var key in _root.Options().TrustedKeys)
        {
            production.TrustedKeys.Add(key with { DevelopmentOnly = true });
        }

        var result = ModuleManager.VerifyPackage(folder, production);

        Assert.Contains("not trusted in production", result.Reason, StringComparison.Ordinal);
    }
}
