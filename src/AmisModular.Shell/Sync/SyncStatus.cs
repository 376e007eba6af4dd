using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Sync;

/// <summary>What the status bar shows about synchronisation with the cloud.</summary>
/// <param name="HostAvailable">False when no sync host answers; the counters are then meaningless.</param>
/// <param name="State">A short state for people, e.g. "Đã đồng bộ" / "Synchronised".</param>
/// <param name="PendingUpload">Documents saved here and waiting to upload.</param>
/// <param name="NewOnCloud">Documents on the cloud not downloaded yet.</param>
/// <param name="Conflicts">Conflicts waiting for a person to look at them.</param>
/// <param name="UnreadNotices">Things sync did on its own (a renumbered draft, a removed module or book) not yet seen.</param>
/// <param name="Notices">The latest notices, newest first; the same list instance while they do not change.</param>
/// <param name="Parked">Changes the server refused for good, waiting for a person (admin/sync-review).</param>
public sealed record SyncStatus(
    bool HostAvailable,
    LocalizedText State,
    int PendingUpload,
    int NewOnCloud,
    int Conflicts,
    DateTimeOffset? LastSyncedAt,
    int UnreadNotices = 0,
    IReadOnlyList<SyncNoticeItem>? Notices = null,
    int Parked = 0)
{
    public IReadOnlyList<SyncNoticeItem> NoticeList => Notices ?? [];
}
