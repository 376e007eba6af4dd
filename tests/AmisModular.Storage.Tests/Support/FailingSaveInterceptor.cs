using AmisModular.Storage.Outbox;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Storage.Tests.Support;

/// <summary>
/// Fault injection: when armed, throws right after the outbox rows were written (the last save of a unit of work),
/// i.e. after the module's rows and the outbox row are in the database and before the commit.
/// </summary>
public sealed class FailingSaveInterceptor : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public int Fired { get; private set; }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Armed && eventData.Context is OutboxDbContext && result > 0)
        {
            Fired++;
            throw new InvalidOperationException("Injected failure after the outbox insert, before commit.");
        }

        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
