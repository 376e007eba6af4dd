namespace AmisModular.Modularity.States;

/// <summary>What became of an installed module version at the last start. Persisted; shown by the CLI and shell.</summary>
public enum ModuleState
{
    /// <summary>Loaded, configured and initialized.</summary>
    Active,

    /// <summary>Turned off by configuration (reserved: nothing sets it yet).</summary>
    Disabled,

    /// <summary>The licence gate refused it.</summary>
    NotLicensed,

    /// <summary>The device's department profile does not include it (or not this version).</summary>
    NotInProfile,

    /// <summary>Built for a host API range that does not contain <c>HostApi.Version</c>.</summary>
    NotSupported,

    /// <summary>
    /// A dependency is not installed, not in range, not Active, or part of a dependency cycle (the reason then
    /// names the whole cycle, "a → b → c → a"): cycles are a dependency that can never be satisfied, so they share
    /// this state rather than <see cref="Disabled"/>, which is kept for a person's decision.
    /// </summary>
    MissingDependency,

    /// <summary>
    /// The package or its code is broken: bad manifest, bad or missing signature, tampered or unlisted file,
    /// not an assembly, or it threw while loading, configuring or initializing.
    /// </summary>
    Malfunctioned,

    /// <summary>Another installed version of the same module was chosen.</summary>
    Superseded,
}
