using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// A crash at a chosen point of a local transaction: once armed, the next save of the sync-state context (the ack
/// transaction writes the ack records there) throws after writing, so the transaction never commits. Can also slow
/// the ack transaction down, so work that must wait for it would be caught not waiting.
/// </summary>
public sealed class CrashInterceptor : SaveChangesInterceptor
{
    public bool ArmedForAcks { get; set; }

    public int Crashes { get; private set; }

    /// <summary>Once set, the next save of a context it matches throws after writing (then it disarms itself).</summary>
    public Func<Microsoft.EntityFrameworkCore.DbContext, bool>? CrashOnce { get; set; }

    /// <summary>Each save of the sync-state context waits this long first: an ack transaction that commits late.</summary>
    public TimeSpan SlowAcks { get; set; }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (SlowAcks > TimeSpan.Zero && eventData.Context is SyncStateDbContext)
        {
            await Task.Delay(SlowAcks, cancellationToken);
        }

        return await base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (ArmedForAcks && eventData.Context is SyncStateDbContext)
        {
            ArmedForAcks = false;
            Crashes++;
            throw new InvalidOperationException("Injected crash: the process died before the ack transaction committed.");
        }

        if (CrashOnce is { } crashWhen && eventData.Context is { } context && crashWhen(context))
        {
            CrashOnce = null;
            Crashes++;
            throw new InvalidOperationException("Injected crash: the process died before the transaction committed.");
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
