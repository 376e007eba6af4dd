namespace AmisModular.Modularity.Hosting;

/// <summary>Where the modules root came from, in the order <see cref="InstallationPaths.Resolve"/> tries them.</summary>
public enum ModulesRootSource
{
    /// <summary><c>--modules-root</c>.</summary>
    CommandOption,

    /// <summary><c>AMIS_MODULES_ROOT</c>.</summary>
    EnvironmentVariable,

    /// <summary><c>Modularity:ModulesRoot</c> in appsettings or <c>AMIS_Modularity__ModulesRoot</c>.</summary>
    Configuration,

    /// <summary><c>&lt;app base&gt;/modules</c>, as an installed product lays it out.</summary>
    ApplicationFolder,

    /// <summary><c>&lt;repo&gt;/artifacts/modules</c>, where a source checkout's build packs modules.</summary>
    SourceCheckout,

    /// <summary>Nothing was found: <c>&lt;app base&gt;/modules</c>, which does not exist yet.</summary>
    Default,
}
