using System.Text.Json;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Snapshots;

namespace AmisModular.Cloud.Snapshots;

/// <summary>
/// The snapshot folder: <c>{Folder}/{bookId:N}/{id}.ndjson.gz</c> and its manifest <c>{id}.json</c>. The data file is
/// written under a temporary name and renamed when complete; the manifest is written last, so a snapshot whose
/// manifest exists is whole. The book folder comes from the caller's credential, so one book never finds another's.
/// </summary>
public sealed class SnapshotStore(CloudOptions options)
{
    private readonly string root = Path.GetFullPath(options.Snapshots.Folder);

    public string FolderFor(Guid bookId) => Path.Combine(root, bookId.ToString("N"));

    public string DataPath(Guid bookId, string id) => Path.Combine(FolderFor(bookId), $"{id}.ndjson.gz");

    private string ManifestPath(Guid bookId, string id) => Path.Combine(FolderFor(bookId), $"{id}.json");

    /// <summary>The published snapshot <paramref name="id"/> of this book, or null (unknown id, another book's id, not finished).</summary>
    public async Task<SnapshotManifest?> ReadAsync(Guid bookId, string? id, CancellationToken cancellationToken)
    {
        if (!SnapshotManifest.IsValidId(id) || !File.Exists(ManifestPath(bookId, id!)) || !File.Exists(DataPath(bookId, id!)))
        {
            return null;
        }

        await using var stream = File.OpenRead(ManifestPath(bookId, id!));
        return await JsonSerializer.DeserializeAsync<SnapshotManifest>(stream, ProtocolJson.Options, cancellationToken);
    }

    /// <summary>The book's snapshots, newest first (a handful: older ones are pruned).</summary>
    public async Task<List<SnapshotManifest>> ListAsync(Guid bookId, CancellationToken cancellationToken)
    {
        var folder = FolderFor(bookId);
        var result = new List<SnapshotManifest>();
        if (!Directory.Exists(folder))
        {
            return result;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.json"))
        {
            if (await ReadAsync(bookId, Path.GetFileNameWithoutExtension(file), cancellationToken) is { } manifest)
            {
                result.Add(manifest);
            }
        }

        return [.. result.OrderByDescending(m => m.CreatedAt)];
    }

    public async Task PublishAsync(Guid bookId, SnapshotManifest manifest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var path = ManifestPath(bookId, manifest.Id);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, JsonSerializer.SerializeToUtf8Bytes(manifest, ProtocolJson.Options), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Deletes snapshots older than <paramref name="olderThan"/> except <paramref name="keepId"/>, and stale temporary files.</summary>
    public async Task PruneAsync(Guid bookId, string keepId, DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        foreach (var manifest in await ListAsync(bookId, cancellationToken))
        {
            if (manifest.Id != keepId && manifest.CreatedAt < olderThan)
            {
                File.Delete(ManifestPath(bookId, manifest.Id));
                File.Delete(DataPath(bookId, manifest.Id));
            }
        }

        foreach (var temp in Directory.EnumerateFiles(FolderFor(bookId), "*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(temp) < olderThan.UtcDateTime)
            {
                File.Delete(temp);
            }
        }
    }
}
