using AmisModular.Storage.Configuration;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Outbox;

/// <summary>What the sync engine reads and acknowledges: pending rows in seq order.</summary>
public sealed class OutboxReader(IStore store)
{
    public async Task<IReadOnlyList<OutboxMessage>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var device = store.Options.DeviceId;
        return await unit.Context<OutboxDbContext>().Outbox.AsNoTracking()
            .Where(m => m.DeviceId == device && m.State == OutboxState.Pending)
            .OrderBy(m => m.Seq).Take(limit).ToListAsync(cancellationToken);
    }

    public Task MarkAckedAsync(long seq, CancellationToken cancellationToken) =>
        SetStateAsync(seq, OutboxState.Acked, null, cancellationToken);

    public Task ParkAsync(long seq, string reason, CancellationToken cancellationToken) =>
        SetStateAsync(seq, OutboxState.Parked, reason, cancellationToken);

    private async Task SetStateAsync(long seq, OutboxState state, string? reason, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var device = store.Options.DeviceId;
        var changed = await unit.Context<OutboxDbContext>().Outbox
            .Where(m => m.DeviceId == device && m.Seq == seq)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.State, state).SetProperty(m => m.Reason, reason), cancellationToken);
        if (changed != 1)
        {
            throw new StoreConfigurationException($"Outbox row {seq} of device {device} does not exist.");
        }

        await unit.CommitAsync(cancellationToken);
    }
}
