using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Vendor.Modules;

namespace AmisModular.Cli.Tests.Infrastructure;

/// <summary>
/// A temp installation: data dir, modules root, a publisher key made for this test and passed to `amis` as a
/// trusted key through AMIS_* variables (never the process environment), and the app run in-process.
/// </summary>
internal sealed class TestInstallation : IDisposable
{
    private readonly Dictionary<string, string> _variables = new(StringComparer.OrdinalIgnoreCase);

    public TestInstallation(string environment = CliEnvironment.Production, bool trustTestKey = true)
    {
        Directory.CreateDirectory(DataDirectory);
        Directory.CreateDirectory(ModulesRoot);
        (PrivateKeyPem, PublicKeyPem) = Signer.CreateKeyPair();
        File.WriteAllText(PublicKeyFile, PublicKeyPem);
        _variables[CliEnvironment.EnvironmentVariable] = environment;
        _variables["AMIS_DATA_DIR"] = DataDirectory;
        _variables["AMIS_MODULES_ROOT"] = ModulesRoot;
        if (trustTestKey)
        {
            _variables["AMIS_Modularity__TrustedKeyFiles__0"] = PublicKeyFile;
            _variables["AMIS_Licensing__AdditionalVendorKeyPems__0"] = PublicKeyPem;
        }
    }

    public string Base { get; } = Path.Combine(Path.GetTempPath(), "amis-cli-tests", Guid.NewGuid().ToString("N"));

    public string DataDirectory => Path.Combine(Base, "data");

    public string ModulesRoot => Path.Combine(Base, "modules");

    public string PublicKeyFile => Path.Combine(Base, "test-key.pub.pem");

    public string PrivateKeyPem { get; }

    public string PublicKeyPem { get; }

    public string TestKeyId => KeyIds.For(PublicKeyPem);

    public string LicenceFile => Path.Combine(DataDirectory, "licence", "licence.json");

    public string ProfilesFolder => Path.Combine(DataDirectory, "profiles");

    public string AssignmentFile => Path.Combine(DataDirectory, "device-profile.json");

    public static string DevelopmentKeyPem => File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "keys", "dev-signing-key.pem"));

    public void Set(string variable, string value) => _variables[variable] = value;

    public void Unset(string variable) => _variables.Remove(variable);

    public CliResult Run(params string[] args)
    {
        var console = new CapturedConsole();
        var environment = new CliEnvironment(new Dictionary<string, string>(_variables), AppContext.BaseDirectory);
        var code = AmisApp.Run(args, console.Console, environment);
        return new CliResult(code, console.Output);
    }

    /// <summary>Packs the PlainModule build output as <c>&lt;id&gt;/&lt;version&gt;</c> with the vendor tool's packer.</summary>
    public string InstallModule(string id, string version = "1.0.0", string? privateKeyPem = null, string? modulesRoot = null)
    {
        var template = new JsonObject
        {
            ["id"] = id,
            ["displayName"] = new JsonObject { ["vi"] = $"Mô-đun {id}", ["en"] = $"Module {id}" },
            ["hostApi"] = "[1.0.0, 2.0.0)",
            ["dependencies"] = new JsonArray(),
            ["required"] = false,
            ["loadMode"] = "startup",
        };
        var packed = ModulePackager.Pack(
            TestModules.PlainModuleOutput, template.ToJsonString(), privateKeyPem ?? PrivateKeyPem, modulesRoot ?? ModulesRoot, version, "PlainModule.dll");
        return packed.Folder;
    }

    /// <summary>A licence file signed by <paramref name="privateKeyPem"/> (the test key by default).</summary>
    public string IssueLicence(string fileName, string[] modules, string? privateKeyPem = null, DateOnly? until = null, string taxCode = "0109876543")
    {
        var licence = new AmisModular.Modularity.Licensing.Licence(
            "LIC-TEST-" + fileName.Replace(".json", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
            new DateOnly(2026, 1, 1),
            new Licensee("tenant-test", "Công ty TNHH Kiểm Thử", taxCode),
            "standard",
            [.. modules.Select(m => new LicensedModule(m, 1))],
            5,
            3,
            new DateOnly(2026, 1, 1),
            until ?? new DateOnly(2099, 12, 31));
        var path = Path.Combine(Base, fileName);
        File.WriteAllText(path, LicenceIssuer.Issue(licence, privateKeyPem ?? PrivateKeyPem).ToJson());
        return path;
    }

    public void WriteProfile(string name, string json)
    {
        Directory.CreateDirectory(ProfilesFolder);
        File.WriteAllText(Path.Combine(ProfilesFolder, name + ".json"), json);
    }

    public static string ProfileJson(string name, params string[] modules) =>
        new JsonObject
        {
            ["name"] = name,
            ["displayName"] = new JsonObject { ["vi"] = $"Phòng {name}", ["en"] = $"Department {name}" },
            ["modules"] = new JsonArray([.. modules.Select(m => (JsonNode)new JsonObject { ["id"] = m, ["range"] = "[1.0.0, 2.0.0)" })]),
        }.ToJsonString();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
