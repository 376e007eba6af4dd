namespace AmisModular.Shell.Sync;

/// <summary>
/// Port: the sync host's state and commands. The sync host's client implements it at integration; until then
/// <see cref="NoSyncHostStatusSource"/> says there is no sync host.
/// </summary>
public interface ISyncStatusSource
{
    SyncStatus Current { get; }

    /// <summary>Raised when <see cref="Current"/> changes (from any thread).</summary>
    event EventHandler? Changed;

    /// <summary>"Đồng bộ": push the documents waiting to upload.</summary>
    Task<SyncCommandResult> SyncNowAsync(CancellationToken cancellationToken = default);

    /// <summary>"Tải chứng từ": pull the documents made elsewhere.</summary>
    Task<SyncCommandResult> DownloadDocumentsAsync(CancellationToken cancellationToken = default);

    /// <summary>The user opened the notices: those up to <paramref name="newest"/> stop counting as unread.</summary>
    Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken = default);
}
