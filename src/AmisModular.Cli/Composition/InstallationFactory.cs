using AmisModular.Cli.Cli;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cli.Composition;

/// <summary>
/// Builds the configuration (appsettings.json, appsettings.{Environment}.json, AMIS_* environment variables, command
/// options), the installation's paths and trust, and a service provider with the host's services.
/// </summary>
public sealed class InstallationFactory(CliEnvironment environment)
{
    public const string EnvironmentPrefix = "AMIS_";

    public Installation Open(AmisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = BuildConfiguration();
        var paths = InstallationPaths.Resolve(new InstallationPathsRequest
        {
            DataDirectoryOption = settings.DataDirectory,
            ModulesRootOption = settings.ModulesRoot,
            EnvironmentVariable = environment.Get,
            Configuration = configuration,
            ApplicationBaseDirectory = environment.ApplicationBaseDirectory,
        });
        var options = InstallationOptions.Create(configuration, paths, environment.IsDevelopment);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(options);
        services.AddSingleton(options.Modularity);
        services.AddLicensing(options.Licensing);
        services.AddDepartmentProfiles(options.Profiles);
        // The ledger commands (company, book, period, doc, report, print) open a LedgerSession over this installation:
        // the store, the core and the Active modules live in its own container, built after the gates above exist.
        return new Installation(environment.EnvironmentName, options, services.BuildServiceProvider());
    }

    private IConfigurationRoot BuildConfiguration()
    {
        var baseDirectory = environment.ApplicationBaseDirectory;
        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(baseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(baseDirectory, $"appsettings.{environment.EnvironmentName}.json"), optional: true)
            .AddInMemoryCollection(EnvironmentSettings())
            .Build();
    }

    /// <summary>AMIS_Licensing__CompanyTaxCode → Licensing:CompanyTaxCode, as AddEnvironmentVariables("AMIS_") maps them.</summary>
    private IEnumerable<KeyValuePair<string, string?>> EnvironmentSettings() =>
        environment.Variables
            .Where(v => v.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(v => new KeyValuePair<string, string?>(
                v.Key[EnvironmentPrefix.Length..].Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal), v.Value));
}
