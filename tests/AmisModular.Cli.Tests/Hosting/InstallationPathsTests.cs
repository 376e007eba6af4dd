using AmisModular.Cli.Tests.Infrastructure;
using AmisModular.Modularity.Hosting;
using Microsoft.Extensions.Configuration;

namespace AmisModular.Cli.Tests.Hosting;

public sealed class InstallationPathsTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "amis-paths-tests", Guid.NewGuid().ToString("N"));

    public InstallationPathsTests() => Directory.CreateDirectory(_temp);

    [Fact]
    public void Resolve_NothingSet_AppDataFolderAndDerivedFiles()
    {
        var paths = InstallationPaths.Resolve(Request());

        var data = Path.Combine(_temp, "appdata", "AmisModular");
        Assert.Equal(data, paths.DataDirectory);
        Assert.Equal(Path.Combine(data, "state"), paths.StateDirectory);
        Assert.Equal(Path.Combine(data, "licence", "licence.json"), paths.LicenceFilePath);
        Assert.Equal(Path.Combine(data, "profiles"), paths.ProfilesFolder);
        Assert.Equal(Path.Combine(data, "device-profile.json"), paths.AssignmentFilePath);
        Assert.Equal(ModulesRootSource.Default, paths.ModulesRootSource);
        Assert.Null(paths.SourceCheckoutRoot);
    }

    [Fact]
    public void Resolve_OptionBeatsEnvironmentBeatsConfiguration()
    {
        var environment = new Dictionary<string, string>
        {
            [InstallationPaths.DataDirectoryVariable] = Path.Combine(_temp, "env-data"),
            [InstallationPaths.ModulesRootVariable] = Path.Combine(_temp, "env-modules"),
        };
        var configuration = Configuration(Path.Combine(_temp, "config-modules"));

        var fromOptions = InstallationPaths.Resolve(Request(environment, configuration) with
        {
            DataDirectoryOption = Path.Combine(_temp, "opt-data"),
            ModulesRootOption = Path.Combine(_temp, "opt-modules"),
        });
        var fromEnvironment = InstallationPaths.Resolve(Request(environment, configuration));
        var fromConfiguration = InstallationPaths.Resolve(Request(configuration: configuration));

        Assert.Equal(Path.Combine(_temp, "opt-data"), fromOptions.DataDirectory);
        Assert.Equal((Path.Combine(_temp, "opt-modules"), ModulesRootSource.CommandOption), (fromOptions.ModulesRoot, fromOptions.ModulesRootSource));
        Assert.Equal(Path.Combine(_temp, "env-data"), fromEnvironment.DataDirectory);
        Assert.Equal((Path.Combine(_temp, "env-modules"), ModulesRootSource.EnvironmentVariable), (fromEnvironment.ModulesRoot, fromEnvironment.ModulesRootSource));
        Assert.Equal((Path.Combine(_temp, "config-modules"), ModulesRootSource.Configuration), (fromConfiguration.ModulesRoot, fromConfiguration.ModulesRootSource));
    }

    [Fact]
    public void Resolve_RelativeConfiguredRoot_RelativeToApplicationFolder()
    {
        var paths = InstallationPaths.Resolve(Request(configuration: Configuration("packages")));

        Assert.Equal(Path.Combine(_temp, "app", "packages"), paths.ModulesRoot);
    }

    [Fact]
    public void Resolve_ModulesBesideProgram_ApplicationFolderWins()
    {
        Directory.CreateDirectory(Path.Combine(_temp, "app", "modules"));

        var paths = InstallationPaths.Resolve(Request());

        Assert.Equal((Path.Combine(_temp, "app", "modules"), ModulesRootSource.ApplicationFolder), (paths.ModulesRoot, paths.ModulesRootSource));
    }

    [Fact]
    public void Resolve_RunFromSourceCheckout_ArtifactsModulesAndDevelopmentFiles()
    {
        var paths = InstallationPaths.Resolve(Request() with { ApplicationBaseDirectory = AppContext.BaseDirectory });

        Assert.Equal(RepoPaths.Root, paths.SourceCheckoutRoot);
        Assert.Equal((Path.Combine(RepoPaths.Root, "artifacts", "modules"), ModulesRootSource.SourceCheckout), (paths.ModulesRoot, paths.ModulesRootSource));
        Assert.Equal(Path.Combine(RepoPaths.Root, "build", "keys", "dev-licence.json"), paths.DevelopmentLicenceFile);
        Assert.Equal(Path.Combine(RepoPaths.Root, "build", "keys", "dev-signing-key.pub.pem"), paths.DevelopmentKeyFile);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private InstallationPathsRequest Request(Dictionary<string, string>? environment = null, IConfiguration? configuration = null)
    {
        Directory.CreateDirectory(Path.Combine(_temp, "app"));
        return new InstallationPathsRequest
        {
            EnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
            Configuration = configuration,
            ApplicationBaseDirectory = Path.Combine(_temp, "app"),
            ApplicationDataDirectory = Path.Combine(_temp, "appdata"),
        };
    }

    private static IConfiguration Configuration(string modulesRoot) =>
        new ConfigurationBuilder().AddInMemoryCollection([new("Modularity:ModulesRoot", modulesRoot)]).Build();
}
