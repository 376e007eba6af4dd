using AmisModular.Storage.Outbox;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Modules.Cash.Tests.Support;

/// <summary>Fault injection: throws after the outbox rows (the last save of a unit) are written, before the commit.</summary>
public sealed class FailingSaveInterceptor : SaveChangesInterceptor
{
    public bool Armed { get; set; }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Armed && eventData.Context is OutboxDbContext
            ? throw new InvalidOperationException("Injected failure before commit.")
            : base.SavedChangesAsync(eventData, result, cancellationToken);
}
