namespace AmisModular.Cloud.Maintenance;

/// <summary>Configuration section <c>Cloud:Maintenance</c>: the node's periodic housekeeping.</summary>
public sealed class MaintenanceOptions
{
    /// <summary>How often this node runs maintenance (the first run is one interval after start); zero turns it off.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// Change-log rows older than this are compacted (superseded rows and tombstones). The protocol keeps tombstones at
    /// least as long as the longest time a device may stay offline; a device offline longer re-snapshots (410). 0 = never.
    /// </summary>
    public int RetentionDays { get; set; } = 400;

    /// <summary>
    /// A book whose log has grown by at least this many changes since its newest snapshot gets a fresh snapshot in the
    /// background, so a new device of a big book is served at once instead of waiting for a build inside its request.
    /// 0 = never build in the background.
    /// </summary>
    public long SnapshotAfterChanges { get; set; } = 5000;
}
