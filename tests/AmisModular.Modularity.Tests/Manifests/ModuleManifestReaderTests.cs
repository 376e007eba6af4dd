using System.Text;
using AmisModular.Modularity.Manifests;
using AmisModular.Modularity.States;
using AmisModular.Modularity.Tests.Infrastructure;

namespace AmisModular.Modularity.Tests.Manifests;

public sealed class ModuleManifestReaderTests : IDisposable
{
    private const string Sha = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    private readonly ModulesRoot _root = new();

    public void Dispose() => _root.Dispose();

    private static ModuleManifestException Invalid(string json) =>
        Assert.Throws<ModuleManifestException>(() => ModuleManifestReader.Read(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Read_CompleteManifest_AllFields()
    {
        var manifest = ModuleManifestReader.Read(Encoding.UTF8.GetBytes($$"""
            {
              "id": "cash", "version": "1.2.0", "displayName": { "vi": "Quỹ", "en": "Cash" },
              "hostApi": "[1.0.0, 2.0.0)", "dependencies": [ { "id": "ledger-ext", "range": "[1.0.0, 2.0.0)" } ],
              "entryAssembly": "AmisModular.Modules.Cash.dll", "moduleType": "AmisModular.Modules.Cash.CashModule",
              "assemblies": [ { "path": "AmisModular.Modules.Cash.dll", "sha256": "{{Sha}}" } ],
              "required": true, "loadMode": "onDemand", "schema": "cash"
            }
            """));

        Assert.Equal("cash", manifest.Id);
        Assert.Equal("1.2.0", manifest.Version.ToNormalizedString());
        Assert.Equal("Quỹ", manifest.DisplayName!.Vi);
        Assert.Equal("ledger-ext", Assert.Single(manifest.Dependencies).Id);
        Assert.Equal("cash", manifest.LicenceFeature);
        Assert.True(manifest.Required);
        Assert.Equal(ModuleLoadMode.OnDemand, manifest.LoadMode);
        Assert.Equal("cash", manifest.Schema);
    }

    [Fact]
    public void Read_BadValues_EachErrorNamesPathAndRule()
    {
        var ex = Invalid($$"""
            {
              "id": "Cash!", "version": "1.2", "hostApi": "[1.0.0, 2.0.0)",
              "dependencies": [ { "id": "ledger", "range": "1.0.0" }, { "id": "bank", "range": "abc" } ],
              "entryAssembly": "Cash.dll",
              "assemblies": [ { "path": "Cash.dll", "sha256": "ABC" }, { "path": "../evil.dll", "sha256": "{{Sha}}" } ],
              "loadMode": "lazy"
            }
            """);

        var errors = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("$.id: 'Cash!' must match ^[a-z][a-z0-9-]{1,31}$", errors);
        Assert.Contains("$.version: '1.2' is not a SemVer 2 version (e.g. 1.2.0)", errors);
        Assert.Contains("$.dependencies[1].range: 'abc' is not a version range (e.g. \"[1.0.0, 2.0.0)\" or \"1.0.0\")", errors);
        Assert.Contains("$.assemblies[0].sha256: must match ^[0-9a-f]{64}$ (64 lowercase hex digits)", errors);
        Assert.Contains(errors, e => e.StartsWith("$.assemblies[1].path: '../evil.dll' must be a relative .dll path", StringComparison.Ordinal));
        Assert.Contains("$.loadMode: 'lazy' must be \"startup\" or \"onDemand\"", errors);
        Assert.Contains("$.dependencies[1].range", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingRequiredFields_NamesEach()
    {
        var ex = Invalid("""{ "displayName": { "vi": "Quỹ" } }""");

        var errors = ex.Errors.Select(e => e.ToString()).ToList();
        Assert.Contains("$.id: is required / bắt buộc", errors);
        Assert.Contains("$.version: is required / bắt buộc", errors);
        Assert.Contains("$.hostApi: is required / bắt buộc", errors);
        Assert.Contains("$.entryAssembly: is required / bắt buộc", errors);
        Assert.Contains("$.assemblies: is required / bắt buộc", errors);
        Assert.Contains("$.displayName.en: is required / bắt buộc", errors);
    }

    [Fact]
    public void Read_EntryNotListed_AndNotJson()
    {
        var ex = Invalid($$"""{ "id": "cash", "version": "1.0.0", "hostApi": "1.0.0", "entryAssembly": "Cash.dll", "assemblies": [ { "path": "Other.dll", "sha256": "{{Sha}}" } ] }""");
        Assert.Equal("$.entryAssembly: 'Cash.dll' must be listed in $.assemblies", Assert.Single(ex.Errors).ToString());

        var notJson = Invalid("{ \"id\": ");
        Assert.StartsWith("$: not valid JSON (line 1", Assert.Single(notJson.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MalformedManifest_MalfunctionedWithJsonPath_NoCodeLoaded()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, m => m["dependencies"] = ModulesRoot.Dependencies(("ledger", "[1.0.0, )"), ("bank", "abc")));

        var host = await ModuleHost.StartAsync(_root.Options());

        var status = host.Status("cash");
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        Assert.Contains("$.dependencies[1].range: 'abc' is not a version range", status.Reason, StringComparison.Ordinal);
        Assert.Null(status.LoadTime);
        Assert.Empty(host.Probes("cash"));
    }

    [Fact]
    public async Task Start_ManifestIdAndVersionDifferFromFolder_Malfunctioned()
    {
        _root.Install("cash", "1.0.0", TestModule.Plain, m =>
        {
            m["id"] = "bank";
            m["version"] = "1.0.1";
        });

        var host = await ModuleHost.StartAsync(_root.Options());

        var status = host.Status("cash");
        Assert.Equal(ModuleState.Malfunctioned, status.State);
        Assert.Contains("$.id: 'bank' does not match its folder 'cash'", status.Reason, StringComparison.Ordinal);
        Assert.Contains("$.version: '1.0.1' does not match its folder '1.0.0'", status.Reason, StringComparison.Ordinal);
    }
}
