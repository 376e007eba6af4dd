namespace AmisModular.Modularity.Hosting;

/// <summary>Which licence file an installation reads.</summary>
public enum LicenceSource
{
    /// <summary>The licence installed in the data directory.</summary>
    Installed,

    /// <summary>build/keys/dev-licence.json: Development environment, nothing installed.</summary>
    Development,

    /// <summary>No licence file: every module is NotLicensed.</summary>
    None,
}
