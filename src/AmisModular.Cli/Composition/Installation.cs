using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cli.Composition;

/// <summary>One installation as a command sees it: environment, paths, trust and the host's services.</summary>
public sealed class Installation(string environmentName, InstallationOptions options, ServiceProvider services) : IDisposable
{
    public string EnvironmentName { get; } = environmentName;

    public InstallationOptions Options { get; } = options;

    public InstallationPaths Paths => Options.Paths;

    public IServiceProvider Services => services;

    public LicenceGate LicenceGate => services.GetRequiredService<LicenceGate>();

    public DepartmentProfileGate ProfileGate => services.GetRequiredService<DepartmentProfileGate>();

    /// <summary>A module manager over this installation's gates; only <see cref="ModuleManager.Discover"/> is meant for the CLI.</summary>
    public ModuleManager CreateModuleManager() => new(Options.Modularity, LicenceGate, ProfileGate);

    public void Dispose() => services.Dispose();
}
