using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Sync;

/// <summary>What the status bar shows about synchronisation with the cloud.</summary>
/// <param name="HostAvailable">False when no sync host answers; the counters are then meaningless.</param>
/// <param name="State">A short state for people, e.g. "Đã đồng bộ" / "Synchronised".</param>
/// <param name="PendingUpload">Documents saved here and waiting to upload.</param>
/// <param name="NewOnCloud">Documents on the cloud not downloaded yet.</param>
/// <param name="Conflicts">Conflicts waiting for a person to look at them.</param>
public sealed record SyncStatus(
    bool HostAvailable,
    LocalizedText State,
    int PendingUpload,
    int NewOnCloud,
    int Conflicts,
    DateTimeOffset? LastSyncedAt);
