using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.Tests.Support;

namespace AmisModular.Storage.Tests.Outbox;

public sealed class OutboxReaderTests
{
    [Fact]
    public async Task Pending_ReturnsCanonicalPayloadWithItsHash_AndAckParkChangeState()
    {
        await using var store = await TempStore.CreateAsync();
        var id = Guid.NewGuid();
        await using (var unit = await store.Store.BeginAsync(CancellationToken.None))
        {
            await unit.Outbox.AddAsync(new SyncDocument("probe", "probe.doc", 3, id, 1, SyncOperation.Upsert, """{ "b": 1.50, "a": "x" }"""), 0, "PT00001", CancellationToken.None);
            await unit.Outbox.AddAsync(new SyncDocument("probe", "probe.doc", 3, id, 2, SyncOperation.Post, """{"a":"x"}"""), 1, "PT00001", CancellationToken.None);
            await unit.CommitAsync(CancellationToken.None);
        }

        var reader = store.Get<OutboxReader>();
        var pending = await reader.PendingAsync(10, CancellationToken.None);

        Assert.Equal([1L, 2L], pending.Select(p => p.Seq));
        Assert.Equal("""{"a":"x","b":1.50}""", pending[0].Payload);
        Assert.Equal(CanonicalJson.Sha256Hex(pending[0].Payload), pending[0].PayloadHash);
        Assert.Equal(("upsert", 0L, 3, "PT00001"), (pending[0].Operation, pending[0].BaseVersion, pending[0].SchemaVersion, pending[0].LocalNumber));

        await reader.MarkAckedAsync(1, CancellationToken.None);
        await reader.ParkAsync(2, "rejected: period locked", CancellationToken.None);

        Assert.Empty(await reader.PendingAsync(10, CancellationToken.None));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox WHERE State='Parked' AND Reason LIKE 'rejected%'"));
        await Assert.ThrowsAsync<AmisModular.Storage.Configuration.StoreConfigurationException>(() => reader.MarkAckedAsync(99, CancellationToken.None));
    }
}
