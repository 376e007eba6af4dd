using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Sync;

/// <summary>In-shell <see cref="ISyncStatusSource"/> used while no sync host is installed or reachable.</summary>
public sealed class NoSyncHostStatusSource : ISyncStatusSource
{
    public static readonly LocalizedText NoHost = new("Chưa có dịch vụ đồng bộ", "No sync host");

    public SyncStatus Current { get; } = new(false, NoHost, 0, 0, 0, null);

    public event EventHandler? Changed
    {
        add { }
        remove { }
    }

    public Task<SyncCommandResult> SyncNowAsync(CancellationToken cancellationToken = default) => Refuse();

    public Task<SyncCommandResult> DownloadDocumentsAsync(CancellationToken cancellationToken = default) => Refuse();

    /// <summary>Without a sync host there are no notices to mark.</summary>
    public Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static Task<SyncCommandResult> Refuse() => Task.FromResult(new SyncCommandResult(
        false,
        new LocalizedText(
            "Chưa có dịch vụ đồng bộ: cài đặt và khởi động dịch vụ đồng bộ rồi thử lại.",
            "No sync host: install and start the sync host, then try again.")));
}
