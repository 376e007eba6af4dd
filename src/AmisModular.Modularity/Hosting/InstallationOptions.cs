using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using AmisModular.Modularity.Security;
using Microsoft.Extensions.Configuration;

namespace AmisModular.Modularity.Hosting;

/// <summary>
/// The host's options for one installation and environment. Development trusts the committed development key
/// (modules and licences) and falls back to build/keys/dev-licence.json when no licence is installed; Production
/// trusts only the built-in vendor key plus keys configured explicitly, and no licence means NotLicensed.
/// Configuration cannot switch development keys on in Production.
/// </summary>
public sealed class InstallationOptions
{
    private InstallationOptions(
        InstallationPaths paths,
        bool isDevelopment,
        ModularityOptions modularity,
        LicensingOptions licensing,
        DepartmentProfileOptions profiles,
        LicenceSource licenceSource)
    {
        Paths = paths;
        IsDevelopment = isDevelopment;
        Modularity = modularity;
        Licensing = licensing;
        Profiles = profiles;
        LicenceSource = licenceSource;
    }

    public InstallationPaths Paths { get; }

    public bool IsDevelopment { get; }

    public ModularityOptions Modularity { get; }

    /// <summary>For reading the licence: its path is the installed one or, in Development, the development licence.</summary>
    public LicensingOptions Licensing { get; }

    public DepartmentProfileOptions Profiles { get; }

    public LicenceSource LicenceSource { get; }

    /// <summary>The licence file read, whether or not it exists.</summary>
    public string LicenceFilePath => Licensing.LicenceFilePath!;

    public static InstallationOptions Create(IConfiguration configuration, InstallationPaths paths, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(paths);
        var modularity = CreateModularity(configuration, paths, isDevelopment);
        var (licensing, source) = CreateLicensing(configuration, paths, isDevelopment);
        var profiles = new DepartmentProfileOptions();
        configuration.GetSection(DepartmentProfileOptions.SectionName).Bind(profiles);
        profiles.ProfilesFolder = paths.ProfilesFolder;
        profiles.AssignmentFilePath = paths.AssignmentFilePath;
        return new InstallationOptions(paths, isDevelopment, modularity, licensing, profiles, source);
    }

    /// <summary>Options for <see cref="LicenceInstaller"/>: same keys, but always the installed path (never the development licence).</summary>
    public LicensingOptions LicensingForInstall()
    {
        var options = new LicensingOptions
        {
            LicenceFilePath = Paths.LicenceFilePath,
            CompanyTaxCode = Licensing.CompanyTaxCode,
            TrustBuiltInVendorKey = Licensing.TrustBuiltInVendorKey,
            AllowDevelopmentKeys = Licensing.AllowDevelopmentKeys,
        };
        foreach (var pem in Licensing.AdditionalVendorKeyPems)
        {
            options.AdditionalVendorKeyPems.Add(pem);
        }

        return options;
    }

    /// <summary>The keys licences are checked with, as the licence gate will use them.</summary>
    public IReadOnlyList<PublisherKey> LicenceKeys() => VendorKeys.Trusted(Licensing);

    /// <summary>The keys module packages are checked with; development keys count only in Development.</summary>
    public IReadOnlyList<PublisherKey> ModuleKeys() =>
        [.. Modularity.LoadTrustedKeys().Where(k => !k.DevelopmentOnly || Modularity.AllowDevelopmentKeys).DistinctBy(k => k.KeyId)];

    private static ModularityOptions CreateModularity(IConfiguration configuration, InstallationPaths paths, bool isDevelopment)
    {
        var options = new ModularityOptions();
        configuration.GetSection(ModularityOptions.SectionName).Bind(options);
        options.ModulesRoot = paths.ModulesRoot;
        options.StateDirectory = paths.StateDirectory;
        options.TrustedKeys.Add(PublisherKey.FromPem(VendorKeys.ProductionPublicKeyPem));
        options.AllowDevelopmentKeys = isDevelopment;
        options.DevelopmentKeyFiles.Clear();
        if (isDevelopment)
        {
            if (paths.DevelopmentKeyFile is { } keyFile)
            {
                options.DevelopmentKeyFiles.Add(keyFile);
            }
            else
            {
                // An installed Development build has no checkout: the same public key is built in.
                options.TrustedKeys.Add(PublisherKey.FromPem(VendorKeys.DevelopmentPublicKeyPem, developmentOnly: true));
            }
        }

        return options;
    }

    private static (LicensingOptions Options, LicenceSource Source) CreateLicensing(
        IConfiguration configuration, InstallationPaths paths, bool isDevelopment)
    {
        var options = new LicensingOptions();
        configuration.GetSection(LicensingOptions.SectionName).Bind(options);
        options.AllowDevelopmentKeys = isDevelopment;
        options.LicenceFilePath = paths.LicenceFilePath;
        if (File.Exists(paths.LicenceFilePath))
        {
            return (options, LicenceSource.Installed);
        }

        if (isDevelopment && paths.DevelopmentLicenceFile is { } development)
        {
            options.LicenceFilePath = development;
            return (options, LicenceSource.Development);
        }

        return (options, LicenceSource.None);
    }
}
