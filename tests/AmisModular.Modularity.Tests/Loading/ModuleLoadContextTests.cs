using System.Text.Json.Nodes;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;

namespace AmisModular.Modularity.Tests.Loading;

public sealed class ModuleLoadContextTests : IDisposable
{
    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task Load_TwoModulesWithDifferentPrivateNewtonsoft_EachGetsItsOwn()
    {
        _root.Install("json-old", "1.0.0", TestModule.Json12);
        _root.Install("json-new", "1.0.0", TestModule.Json13);

        var host = await ModuleHost.StartAsync(_root.Options());

        Assert.Equal(ModuleState.Active, host.Status("json-old").State);
        Assert.Equal(ModuleState.Active, host.Status("json-new").State);
        Assert.Equal("12.0.0.0", host.Probe("json-old", "newtonsoft.version"));
        Assert.Equal("13.0.0.0", host.Probe("json-new", "newtonsoft.version"));
        Assert.Equal("module:json-old", host.Probe("json-old", "newtonsoft.context"));
        Assert.Equal("module:json-new", host.Probe("json-new", "newtonsoft.context"));
        Assert.StartsWith(Path.Combine(_root.Path, "json-old", "1.0.0"), host.Probe("json-old", "newtonsoft.location"), StringComparison.Ordinal);
        Assert.StartsWith(Path.Combine(_root.Path, "json-new", "1.0.0"), host.Probe("json-new", "newtonsoft.location"), StringComparison.Ordinal);
        Assert.Equal("{\"amount\":1500000.0}", host.Probe("json-old", "serialized"));
        Assert.NotNull(host.Status("json-old").LoadTime);
    }

    [Fact]
    public async Task Load_DllThatIsNotAnAssembly_MalfunctionedBadImageFormat_OthersStillActive()
    {
        _root.Install("healthy", "1.0.0", TestModule.Plain);
        var folder = Path.Combine(_root.Path, "broken", "1.0.0");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "Broken.dll"), "this is not a PE file");
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, "Broken.dll"))));
        _root.WriteManifest(folder, new JsonObject
        {
            ["id"] = "broken",
            ["version"] = "1.0.0",
            ["hostApi"] = "[1.0.0, 2.0.0)",
            ["entryAssembly"] = "Broken.dll",
            ["assemblies"] = new JsonArray(new JsonObject { ["path"] = "Broken.dll", ["sha256"] = hash }),
        }.ToJsonString());

        var host = await ModuleHost.StartAsync(_root.Options());

        var broken = host.Status("broken");
        Assert.Equal(ModuleState.Malfunctioned, broken.State);
        Assert.Contains("Broken.dll: BadImageFormat", broken.Reason, StringComparison.Ordinal);
        Assert.Equal(ModuleState.Active, host.Status("healthy").State);
    }
}
