namespace AmisModular.Shell.Administration;

/// <summary>
/// Port: the installed licence. The licence service (AmisModular.Modularity.Licensing) implements it at
/// integration; <see cref="HostLicenceStore"/> verifies and installs it with the licence service.
/// </summary>
public interface ILicenceStore
{
    /// <summary>Null when no licence is installed.</summary>
    Task<LicenceSummary?> GetAsync(CancellationToken cancellationToken = default);

    /// <exception cref="InvalidLicenceFileException">Empty, too large, or rejected by the licence service.</exception>
    Task<LicenceSummary> InstallAsync(string fileName, Stream content, CancellationToken cancellationToken = default);
}
