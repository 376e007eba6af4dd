using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Sync;

/// <summary>
/// The status bar while no sync host answers: it still says so, but counts this device's outbox rows waiting to
/// upload (read from the shared store every few seconds), so an accountant sees that saved vouchers are not synced.
/// </summary>
public sealed class OutboxPendingStatusSource : ISyncStatusSource, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly IStore store;
    private readonly NoSyncHostStatusSource noHost = new();
    private readonly CancellationTokenSource stopping = new();
    private int pending;
    private int started;

    public OutboxPendingStatusSource(IStore store) => this.store = store;

    public event EventHandler? Changed;

    public SyncStatus Current
    {
        get
        {
            // Starts polling on first use, so a shell that never shows the bar never reads the store for it.
            if (Interlocked.Exchange(ref started, 1) == 0)
            {
                _ = PollAsync(stopping.Token);
            }

            return noHost.Current with { PendingUpload = Volatile.Read(ref pending) };
        }
    }

    public Task<SyncCommandResult> SyncNowAsync(CancellationToken cancellationToken = default) => noHost.SyncNowAsync(cancellationToken);

    public Task<SyncCommandResult> DownloadDocumentsAsync(CancellationToken cancellationToken = default) => noHost.DownloadDocumentsAsync(cancellationToken);

    /// <summary>Pending rows of this device (what the sync host would push next).</summary>
    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var device = store.Options.DeviceId;
        return await unit.Context<OutboxDbContext>().Outbox.CountAsync(m => m.DeviceId == device && m.State == OutboxState.Pending, cancellationToken);
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                var count = await CountPendingAsync(cancellationToken);
                if (Interlocked.Exchange(ref pending, count) != count)
                {
                    Changed?.Invoke(this, EventArgs.Empty);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is busy or not migrated yet: keep the last count and try again on the next tick.
            }
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        stopping.Dispose();
    }
}
