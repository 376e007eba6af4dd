using AmisModular.Modularity.Loading;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Hosting;

/// <summary>How the module host finds, trusts and loads modules. Bound from the <c>Modularity</c> configuration section.</summary>
public sealed class ModularityOptions
{
    public const string SectionName = "Modularity";

    /// <summary>Holds <c>&lt;id&gt;/&lt;version&gt;/</c> package folders.</summary>
    public string ModulesRoot { get; set; } = "modules";

    /// <summary>Where <c>module-states.json</c> is written after each start; null keeps statuses in memory only.</summary>
    public string? StateDirectory { get; set; }

    /// <summary>Keys whose signatures the host accepts (the vendor key; development keys marked DevelopmentOnly).</summary>
    public IList<PublisherKey> TrustedKeys { get; } = [];

    /// <summary>PEM files of production publisher keys, read into <see cref="TrustedKeys"/>.</summary>
    public IList<string> TrustedKeyFiles { get; } = [];

    /// <summary>PEM files of development keys (e.g. build/keys/dev-signing-key.pub.pem); honoured only with <see cref="AllowDevelopmentKeys"/>.</summary>
    public IList<string> DevelopmentKeyFiles { get; } = [];

    /// <summary>True only in the Development environment: trusts keys marked DevelopmentOnly.</summary>
    public bool AllowDevelopmentKeys { get; set; }

    /// <summary>Assembly-name prefixes a module shares with the host instead of loading its own copy.</summary>
    public IList<string> SharedAssemblyPrefixes { get; } = [.. SharedAssemblyPolicy.DefaultPrefixes];

    /// <summary>Modules whose failure stops the host, besides those whose manifest says <c>"required": true</c>.</summary>
    public IList<string> RequiredModules { get; } = [];

    /// <summary>
    /// What to do when no <c>ILicenceGate</c> / <c>IDepartmentProfileGate</c> is registered. False (the default, for
    /// production): every module is refused with "no licence configured". True: every module is allowed (development).
    /// </summary>
    public bool AllowWhenNoGateRegistered { get; set; }

    /// <summary>All trusted keys: <see cref="TrustedKeys"/> plus the key files.</summary>
    public IReadOnlyList<PublisherKey> LoadTrustedKeys() =>
    [
        .. TrustedKeys,
        .. TrustedKeyFiles.Select(f => PublisherKey.FromPem(File.ReadAllText(f))),
        .. DevelopmentKeyFiles.Select(f => PublisherKey.FromPem(File.ReadAllText(f), developmentOnly: true)),
    ];

    /// <summary>
    /// Copies this installation's paths and trust onto options the host bound from configuration, so a process that
    /// calls <c>AddModularity</c> trusts exactly what the installation decided (shell and sync host alike).
    /// </summary>
    public void CopyInstallationSettingsTo(ModularityOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        target.ModulesRoot = ModulesRoot;
        target.StateDirectory = StateDirectory;
        target.AllowDevelopmentKeys = AllowDevelopmentKeys;
        Replace(target.TrustedKeys, TrustedKeys);
        Replace(target.TrustedKeyFiles, TrustedKeyFiles);
        Replace(target.DevelopmentKeyFiles, DevelopmentKeyFiles);
        Replace(target.SharedAssemblyPrefixes, SharedAssemblyPrefixes);
        Replace(target.RequiredModules, RequiredModules);
        target.AllowWhenNoGateRegistered = false;
    }

    private static void Replace<T>(IList<T> target, IEnumerable<T> source)
    {
        var items = source.ToList();
        target.Clear();
        foreach (var item in items)
        {
            target.Add(item);
        }
    }
}
