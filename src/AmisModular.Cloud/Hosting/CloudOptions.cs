using AmisModular.Modularity.Licensing;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Snapshots;
using AmisModular.Sync.Protocol.Hello;

namespace AmisModular.Cloud.Hosting;

/// <summary>Configuration section <c>Cloud</c>.</summary>
public sealed class CloudOptions
{
    public CloudDatabaseOptions Database { get; set; } = new();

    /// <summary>Which vendor keys a tenant's imported licence may be signed with (the desktop's rules; dev key only when allowed).</summary>
    public LicensingOptions Licensing { get; set; } = new();

    /// <summary>The key the admin API requires in header <c>X-Admin-Key</c>; the admin API is off when empty.</summary>
    public string? AdminKey { get; set; }

    /// <summary>module id → accepted schema versions. Modules not listed are unknown to this server.</summary>
    public Dictionary<string, SchemaWindow> Modules { get; set; } = new(StringComparer.Ordinal) { ["core"] = new SchemaWindow(1, 1), ["cash"] = new SchemaWindow(1, 1) };

    /// <summary>How long an access token from POST /sync/v1/token is accepted (a device credential is needed after).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public int MaxBatchDocs { get; set; } = 1000;

    public long MaxBatchBytes { get; set; } = 4 * 1024 * 1024;

    public int MaxPageSize { get; set; } = 1000;

    /// <summary>Requests per device (or per address before authentication) per second; 0 turns the limiter off.</summary>
    public int RequestsPerSecondPerDevice { get; set; } = 50;

    /// <summary>Migrate the database at start-up (one node should; the others may wait for it).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Section <c>Cloud:Snapshots</c>: where snapshot files live and how long they are reused.</summary>
    public SnapshotOptions Snapshots { get; set; } = new();

    /// <summary>Section <c>Cloud:Maintenance</c>: periodic compaction and background snapshots.</summary>
    public Maintenance.MaintenanceOptions Maintenance { get; set; } = new();
}
