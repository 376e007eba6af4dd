namespace AmisModular.Shell.Administration;

/// <summary>
/// Port: the installed licence. The licence service (AmisModular.Modularity.Licensing) implements it at
/// integration; <see cref="FileLicenceStore"/> only keeps the uploaded file in the data folder.
/// </summary>
public interface ILicenceStore
{
    /// <summary>Null when no licence is installed.</summary>
    Task<LicenceSummary?> GetAsync(CancellationToken cancellationToken = default);

    /// <exception cref="InvalidLicenceFileException">Empty, too large, or rejected by the licence service.</exception>
    Task<LicenceSummary> InstallAsync(string fileName, Stream content, CancellationToken cancellationToken = default);
}
