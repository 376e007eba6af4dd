using System.Collections.Concurrent;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hello;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Snapshots;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Snapshots;

/// <summary>
/// GET /sync/v1/snapshots: finds a usable snapshot of the caller's book (same server epoch, cursor not below the
/// retention floor, young enough or nothing changed since) or builds one, one build per book at a time.
/// A client too old for a module the snapshot holds gets 426: a snapshot cannot stop halfway like a change page, and
/// its cursor would otherwise carry the client past documents it never stored (scenario 12).
/// </summary>
public sealed class SnapshotService(CloudDbFactory databases, SnapshotStore store, SnapshotBuilder builder, ServerEpoch epoch, CloudOptions options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> building = new();

    public async Task<IResult> ManifestAsync(DeviceCaller caller, string? modules, string? resumeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var manifest = await UsableAsync(caller.Book.Id, resumeId, cancellationToken);
        foreach (var (module, required) in ModuleWindows.TooOld(options, modules))
        {
            if (manifest.Modules.ContainsKey(module))
            {
                return SyncResults.Error(426, SyncErrorCodes.UpgradeRequired,
                    $"Phân hệ {module} cần cập nhật lên phiên bản dữ liệu {required} để tải bản chụp. / Module {module} must be upgraded to schema {required} to download the snapshot.",
                    required: required);
            }
        }

        return SyncResults.Ok(manifest);
    }

    /// <summary>The snapshot file, with Range support; 404 for an id that is not the caller's book's.</summary>
    public async Task<IResult> FileAsync(DeviceCaller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var manifest = await store.ReadAsync(caller.Book.Id, id, cancellationToken);
        return manifest is null
            ? SyncResults.Error(404, SnapshotErrorCodes.NotFound, "Không có bản chụp này. / This snapshot does not exist (or has expired); ask for a new one.")
            : TypedResults.PhysicalFile(store.DataPath(caller.Book.Id, id), SnapshotRoutes.MediaType, enableRangeProcessing: true,
                entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{manifest.Sha256}\""));
    }

    /// <summary>Builds a fresh snapshot now (tests, and an operator warming the cache).</summary>
    public async Task<SnapshotManifest> BuildAsync(Guid bookId, CancellationToken cancellationToken) =>
        await builder.BuildAsync(bookId, await epoch.GetAsync(cancellationToken), cancellationToken);

    /// <summary>Builds a fresh snapshot of the book (background maintenance), one build per book at a time, and prunes old ones.</summary>
    public Task<SnapshotManifest> RefreshAsync(Guid bookId, CancellationToken cancellationToken) =>
        OneBuildAtATimeAsync(bookId, found: null, cancellationToken);

    private async Task<SnapshotManifest> UsableAsync(Guid bookId, string? resumeId, CancellationToken cancellationToken) =>
        await FindAsync(bookId, resumeId, cancellationToken)
        ?? await OneBuildAtATimeAsync(bookId, () => FindAsync(bookId, resumeId, cancellationToken), cancellationToken);

    /// <param name="found">Asked again once the gate is held: another request may have built a usable one meanwhile.</param>
    private async Task<SnapshotManifest> OneBuildAtATimeAsync(Guid bookId, Func<Task<SnapshotManifest?>>? found, CancellationToken cancellationToken)
    {
        var gate = building.GetOrAdd(bookId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (found is not null && await found() is { } built)
            {
                return built;
            }

            var manifest = await builder.BuildAsync(bookId, await epoch.GetAsync(cancellationToken), cancellationToken);
            await store.PruneAsync(bookId, manifest.Id, clock.GetUtcNow().AddHours(-options.Snapshots.KeepHours), cancellationToken);
            return manifest;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<SnapshotManifest?> FindAsync(Guid bookId, string? resumeId, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var book = await db.Books.AsNoTracking().FirstAsync(b => b.Id == bookId, cancellationToken);
        var serverEpoch = await epoch.GetAsync(cancellationToken);
        bool Usable(SnapshotManifest m) => m.ServerEpoch == serverEpoch && m.Cursor >= book.RetentionFloor && m.Cursor <= book.LastServerSeq;
        if (await store.ReadAsync(bookId, resumeId, cancellationToken) is { } resumed && Usable(resumed))
        {
            return resumed;
        }

        var fresh = clock.GetUtcNow().AddMinutes(-options.Snapshots.ReuseMinutes);
        return (await store.ListAsync(bookId, cancellationToken))
            .FirstOrDefault(m => Usable(m) && (m.CreatedAt >= fresh || m.Cursor == book.LastServerSeq));
    }
}
