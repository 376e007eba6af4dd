using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync.State;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
using Microsoft.EntityFrameworkCore;
using HostStatus = AmisModular.SyncHost.Control.SyncStatus;

namespace AmisModular.Shell.Sync;

/// <summary>
/// The status bar over the sync host (amis-sync) of the shell's store, through its loopback control endpoint
/// (<see cref="SyncHostClient"/>: discovery + secret files beside the store). Polled every few seconds, so a host
/// started or stopped later is noticed. While no host answers, it says so and still counts this device's outbox rows
/// waiting to upload, so an accountant sees that saved vouchers are not synced yet.
/// </summary>
public sealed class SyncHostStatusSource : ISyncStatusSource, IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly IStore _store;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly SyncHostClient? _client;
    private readonly NoSyncHostStatusSource _noHost = new();
    private readonly CancellationTokenSource _stopping = new();
    private SyncStatus _current;
    private int _started;

    public SyncHostStatusSource(IStore store)
    {
        _store = store;
        _current = _noHost.Current;
        _client = store.Options.SqliteFile is { Length: > 0 } file ? new SyncHostClient(Path.GetFullPath(file), _http) : null;
    }

    public event EventHandler? Changed;

    public SyncStatus Current
    {
        get
        {
            // Polls from the first use on, so a shell that never shows the bar never reads the store for it.
            if (Interlocked.Exchange(ref _started, 1) == 0)
            {
                _ = PollAsync(_stopping.Token);
            }

            return Volatile.Read(ref _current);
        }
    }

    public Task<SyncCommandResult> SyncNowAsync(CancellationToken cancellationToken = default) =>
        CommandAsync(c => c.SyncNowAsync(cancellationToken), () => _noHost.SyncNowAsync(cancellationToken));

    public Task<SyncCommandResult> DownloadDocumentsAsync(CancellationToken cancellationToken = default) =>
        CommandAsync(c => c.DownloadNowAsync(cancellationToken), () => _noHost.DownloadDocumentsAsync(cancellationToken));

    public async Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken = default)
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            await _client.MarkNoticesReadAsync(newest, cancellationToken);
            await RefreshAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is SyncHostNotRunningException or SyncHostUnauthorizedException or HttpRequestException or IOException)
        {
            // The host went away: the notices stay unread and are shown again next time.
        }
    }

    /// <summary>Reads the host's status once (or the outbox count when no host answers) and raises <see cref="Changed"/> on a change.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var next = await ReadAsync(cancellationToken);
        var previous = Volatile.Read(ref _current);
        if (previous.Notices is { } kept && next.Notices is { } fresh && kept.SequenceEqual(fresh))
        {
            // Every poll deserializes a new list: keep the old instance, so an unchanged status compares equal.
            next = next with { Notices = kept };
        }

        if (Interlocked.Exchange(ref _current, next) != next)
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _http.Dispose();
    }

    private async Task<SyncCommandResult> CommandAsync(Func<SyncHostClient, Task<SyncRunResult>> run, Func<Task<SyncCommandResult>> noHost)
    {
        if (_client is null)
        {
            return await noHost();
        }

        try
        {
            var result = await run(_client);
            await RefreshAsync(CancellationToken.None);
            return new SyncCommandResult(result.Outcome == SyncRunOutcome.Succeeded, SyncHostTexts.Outcome(result));
        }
        catch (Exception ex) when (ex is SyncHostNotRunningException or SyncHostUnauthorizedException or HttpRequestException or IOException)
        {
            return await noHost();
        }
    }

    private async Task<SyncStatus> ReadAsync(CancellationToken cancellationToken)
    {
        if (_client is not null)
        {
            try
            {
                return FromHost(await _client.GetStatusAsync(cancellationToken));
            }
            catch (Exception ex) when (ex is SyncHostNotRunningException or SyncHostUnauthorizedException or HttpRequestException or IOException)
            {
                // No host for this store (or it is going away): fall back to counting the outbox.
            }
        }

        return await CountLocallyAsync(cancellationToken);
    }

    private static SyncStatus FromHost(HostStatus host) =>
        new(true, SyncHostTexts.State(host), host.PendingUploads, host.NewOnCloud, host.Conflicts, host.LastSuccessfulSync,
            host.UnreadNotices, [.. host.LatestNotices.Select(n => new SyncNoticeItem(n.Id, n.Message, n.CreatedAt))], host.Parked);

    /// <summary>Without a host the store still says what waits to upload and what waits for a person (the review needs no host).</summary>
    private async Task<SyncStatus> CountLocallyAsync(CancellationToken cancellationToken)
    {
        await using var unit = await _store.BeginReadAsync(cancellationToken);
        var device = _store.Options.DeviceId;
        var counts = await unit.Context<OutboxDbContext>().Outbox.Where(m => m.DeviceId == device && m.State != OutboxState.Acked)
            .GroupBy(m => m.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var conflicts = await unit.Context<SyncStateDbContext>().ConflictCopies.CountAsync(cancellationToken);
        int Count(OutboxState state) => counts.FirstOrDefault(c => c.Key == state)?.Count ?? 0;
        return _noHost.Current with { PendingUpload = Count(OutboxState.Pending), Conflicts = conflicts, Parked = Count(OutboxState.Parked) };
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RefreshAsync(cancellationToken);
            }
#pragma warning disable CA1031 // The store may be busy or not migrated yet: keep the last status, try again on the next tick.
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
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
}
