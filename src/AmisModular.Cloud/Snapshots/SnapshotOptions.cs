namespace AmisModular.Cloud.Snapshots;

/// <summary>Configuration section <c>Cloud:Snapshots</c>.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Where snapshot files are kept: one sub-folder per book. Relative paths are under the working directory.</summary>
    public string Folder { get; set; } = "snapshots";

    /// <summary>Bytes per verified chunk: a corrupt chunk costs at most this much to fetch again.</summary>
    public int ChunkSize { get; set; } = 1024 * 1024;

    /// <summary>A snapshot younger than this is served again instead of building a new one per request.</summary>
    public int ReuseMinutes { get; set; } = 15;

    /// <summary>Older snapshots are deleted when a newer one is built (a download may resume for this long).</summary>
    public int KeepHours { get; set; } = 24;
}
