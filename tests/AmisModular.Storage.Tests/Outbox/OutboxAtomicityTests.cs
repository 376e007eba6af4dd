using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Tests.Support;

namespace AmisModular.Storage.Tests.Outbox;

/// <summary>"No document change without its outbox row, ever": failures inside the transaction leave neither.</summary>
public sealed class OutboxAtomicityTests
{
    [Fact]
    public async Task Commit_ModuleRowAndOutboxRow_BothExist()
    {
        await using var store = await TempStore.CreateAsync();

        await WriteDocumentAsync(store, "ok");

        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task Commit_FailureAfterBothInsertsBeforeCommit_LeavesNeither()
    {
        await using var store = await TempStore.CreateAsync();
        store.Fault.Armed = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => WriteDocumentAsync(store, "boom"));

        Assert.Equal(1, store.Fault.Fired);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task Commit_OutboxInsertItselfFails_LeavesNoModuleRow()
    {
        await using var store = await TempStore.CreateAsync();
        await store.ExecuteAsync("CREATE TRIGGER fail_outbox BEFORE INSERT ON sync_outbox BEGIN SELECT RAISE(ABORT, 'outbox disk full'); END;");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => WriteDocumentAsync(store, "boom"));

        Assert.Contains("outbox disk full", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task Dispose_WithoutCommit_RollsBackEverything()
    {
        await using var store = await TempStore.CreateAsync();
        await using (var unit = await store.Store.BeginAsync(CancellationToken.None))
        {
            unit.Context<ProbeDbContext>().Documents.Add(new ProbeDocument { Id = Guid.NewGuid(), Name = "x", Amount = 1m });
            await unit.SaveChangesAsync(CancellationToken.None);
        }

        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
    }

    [Fact]
    public async Task Seq_IsLastPlusOnePerDeviceAcrossUnits()
    {
        await using var store = await TempStore.CreateAsync();
        await store.ExecuteAsync($"INSERT INTO sync_outbox (DeviceId, Seq, DocumentId, Module, SchemaVersion, DocumentType, Operation, BaseVersion, PayloadHash, Payload, State, CreatedAt) " +
            $"VALUES ('{Guid.NewGuid().ToString().ToUpperInvariant()}', 77, '{Guid.NewGuid()}', 'x', 1, 't', 'upsert', 0, '{new string('0', 64)}', '{{}}', 'Pending', '2026-01-01')");

        await WriteDocumentAsync(store, "a");
        await WriteDocumentAsync(store, "b", twoChanges: true);

        var device = store.Store.Options.DeviceId.ToString().ToUpperInvariant();
        Assert.Equal(3, await store.ScalarAsync($"SELECT MAX(Seq) FROM sync_outbox WHERE DeviceId = '{device}'"));
        Assert.Equal(6, await store.ScalarAsync($"SELECT SUM(Seq) FROM sync_outbox WHERE DeviceId = '{device}'"));
    }

    private static async Task WriteDocumentAsync(TempStore store, string name, bool twoChanges = false)
    {
        await using var unit = await store.Store.BeginAsync(CancellationToken.None);
        var document = new ProbeDocument { Id = Guid.NewGuid(), Name = name, Amount = 12.5m };
        unit.Context<ProbeDbContext>().Documents.Add(document);
        var payload = $$"""{"name":"{{name}}","id":"{{document.Id}}"}""";
        await unit.Outbox.AddAsync(new SyncDocument("probe", "probe.doc", 1, document.Id, 1, SyncOperation.Upsert, payload), 0, null, CancellationToken.None);
        if (twoChanges)
        {
            await unit.Outbox.AddAsync(new SyncDocument("probe", "probe.doc", 1, document.Id, 2, SyncOperation.Post, payload), 1, null, CancellationToken.None);
        }

        await unit.CommitAsync(CancellationToken.None);
    }
}
