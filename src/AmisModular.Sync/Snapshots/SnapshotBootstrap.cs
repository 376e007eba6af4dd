using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.State;

namespace AmisModular.Sync.Snapshots;

/// <summary>
/// Brings a book's local store to a server snapshot: resume an unfinished install, or fetch the manifest (resuming a
/// partial download), download and verify, install; afterwards the normal pull continues after the snapshot's cursor.
/// Used by <see cref="SyncEngine"/> for a new device and after 410 cursorExpired (scenarios 13 and 16), and callable on
/// its own (server-restore recovery, benchmarks). It does not push: callers push the outbox first.
/// </summary>
public sealed class SnapshotBootstrap
{
    private readonly IStore store;
    private readonly SyncApiClient api;
    private readonly SyncAdapters adapters;
    private readonly IProgress<SnapshotProgress>? progress;
    private readonly Reporter reporter;

    /// <param name="folder">Download folder, e.g. <c>{store folder}/sync-snapshots</c>.</param>
    /// <param name="pageSize">Rows per local install transaction.</param>
    public SnapshotBootstrap(IStore store, SyncApiClient api, SyncAdapters adapters, string folder, TimeProvider clock, int pageSize = 500, IProgress<SnapshotProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        (this.store, this.api, this.adapters, this.progress) = (store, api, adapters, progress);
        Downloader = new SnapshotDownloader(api, folder);
        Installer = new SnapshotInstaller(store, adapters, clock, pageSize);
        reporter = new Reporter(this);
    }

    public SnapshotDownloader Downloader { get; }

    public SnapshotInstaller Installer { get; }

    /// <summary>The latest progress of the running (or last) bootstrap, for the tray/shell.</summary>
    public SnapshotProgress? Current { get; private set; }

    /// <summary>Raised on the syncing thread at every progress step (downloaded bytes, installed pages, reconcile, done).</summary>
    public event EventHandler<SnapshotProgress>? ProgressChanged;

    public SnapshotInstallResult? LastResult { get; private set; }

    /// <summary>The default download folder: beside the SQLite store file, else under local application data.</summary>
    public static string DefaultFolder(string? sqliteFile) =>
        Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(sqliteFile ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "AmisModular", "store")))!,
            "sync-snapshots");

    public Task<SnapshotInstallResult> BootstrapAsync(SyncCredential credential, CancellationToken cancellationToken) =>
        BootstrapAsync(credential, removeMissing: true, cancellationToken);

    /// <param name="removeMissing">False keeps synced local documents the snapshot lacks (after a server restore they are
    /// the ones to push again).</param>
    public async Task<SnapshotInstallResult> BootstrapAsync(SyncCredential credential, bool removeMissing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(credential);
        var unfinished = await Installer.UnfinishedAsync(credential.BookId, cancellationToken);
        var manifest = unfinished is null ? null : await Downloader.CompletedAsync(unfinished.SnapshotId, cancellationToken);
        if (manifest is null)
        {
            manifest = await api.SnapshotManifestAsync(credential.Token, adapters.SchemaVersions, unfinished?.SnapshotId ?? Downloader.PartialId(), cancellationToken);
            await Downloader.DownloadAsync(credential.Token, manifest, reporter, cancellationToken);
        }
        else if (await SnapshotDownloader.Sha256Async(Downloader.SnapshotPath(manifest.Id), cancellationToken) != manifest.Sha256)
        {
            // The verified file was damaged on disk since: fetch it again (the install resumes after its committed rows).
            Downloader.Delete(manifest.Id);
            await Downloader.DownloadAsync(credential.Token, manifest, reporter, cancellationToken);
        }

        var result = await Installer.InstallAsync(credential.BookId, manifest, Downloader.SnapshotPath(manifest.Id), removeMissing, reporter, cancellationToken);
        Downloader.Delete(manifest.Id);
        return LastResult = result;
    }

    /// <summary>An install left unfinished (the process stopped mid-way) is completed before anything is pulled.</summary>
    internal async Task<SnapshotInstallResult?> ResumeUnfinishedAsync(SyncCredential credential, CancellationToken cancellationToken) =>
        await Installer.UnfinishedAsync(credential.BookId, cancellationToken) is { } unfinished
            ? await BootstrapAsync(credential, unfinished.RemoveMissing, cancellationToken)
            : null;

    private sealed class Reporter(SnapshotBootstrap owner) : IProgress<SnapshotProgress>
    {
        public void Report(SnapshotProgress value)
        {
            owner.Current = value;
            owner.progress?.Report(value);
            owner.ProgressChanged?.Invoke(owner, value);
        }
    }
}
