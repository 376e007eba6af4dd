namespace AmisModular.Sync.Protocol.Snapshots;

/// <summary>
/// GET <see cref="Snapshots"/>[?m=cash:1,core:1][&amp;id=...] → <see cref="SnapshotManifest"/> (id = resume that
/// snapshot if the server still has it for the caller's book); GET <see cref="File"/> with Range → the bytes.
/// </summary>
public static class SnapshotRoutes
{
    public const string Snapshots = "sync/v1/snapshots";

    public const string FileTemplate = "sync/v1/snapshots/{id}";

    public const string MediaType = "application/gzip";

    public static string File(string id) => $"{Snapshots}/{id}";
}
