namespace AmisModular.Sync.Protocol.Snapshots;

/// <summary>
/// GET /sync/v1/snapshots: a file holding the current state of every live document of the caller's book at serverSeq
/// <see cref="Cursor"/> (gzip-compressed NDJSON, one <see cref="SnapshotRow"/> per line). The client downloads
/// <see cref="Url"/> with Range requests, checks each chunk of <see cref="ChunkSize"/> bytes against
/// <see cref="Chunks"/> and the whole file against <see cref="Sha256"/>, installs it, then pulls changes after
/// <see cref="Cursor"/>.
/// </summary>
/// <param name="Id">32 lowercase hex digits; a snapshot is immutable once published.</param>
/// <param name="Sha256">SHA-256 of the whole (compressed) file, lowercase hex.</param>
/// <param name="Size">The file's size in bytes.</param>
/// <param name="Chunks">SHA-256 of each chunk in order; the last chunk may be shorter.</param>
/// <param name="Url">Relative to the cloud's base address; needs the same credential.</param>
/// <param name="Documents">How many rows the file holds (progress: documents installed / total).</param>
/// <param name="Modules">module → rows of that module in the file.</param>
/// <param name="ServerEpoch">The server epoch the snapshot was taken in; after a restore an older snapshot is not served.</param>
public sealed record SnapshotManifest(
    string Id,
    long Cursor,
    string Sha256,
    long Size,
    int ChunkSize,
    IReadOnlyList<string> Chunks,
    string Url,
    DateTimeOffset CreatedAt,
    long Documents,
    IReadOnlyDictionary<string, long> Modules,
    string ServerEpoch)
{
    /// <summary>The ids the cloud issues and the client accepts (also keeps ids safe as file names).</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: 32 } && id.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary>The length of chunk <paramref name="index"/>.</summary>
    public long ChunkLength(int index) => Math.Min(ChunkSize, Size - ((long)index * ChunkSize));
}
