using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Tests.Support;
using AmisModular.Storage.UnitOfWork;

namespace AmisModular.Storage.Tests.UnitOfWork;

/// <summary>An ambient scope makes several services' own units (each BeginAsync … CommitAsync) one transaction.</summary>
public sealed class StoreScopeTests
{
    [Fact]
    public async Task RunAsync_TwoServicesWrite_BothCommitTogether()
    {
        await using var store = await TempStore.CreateAsync();

        await StoreScope.RunAsync(store.Store, async ct =>
        {
            await ServiceWritesAsync(store.Store, "first", ct);
            // Inside the scope the first service's rows are visible to the second (same transaction) but not committed.
            Assert.Equal(1, await CountInScopeAsync(store.Store, ct));
            await ServiceWritesAsync(store.Store, "second", ct);
        }, CancellationToken.None);

        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
        Assert.Equal(3, await store.ScalarAsync("SELECT SUM(Seq) FROM sync_outbox"));
    }

    [Fact]
    public async Task RunAsync_SecondServiceFails_FirstRolledBackWithItsOutboxRow()
    {
        await using var store = await TempStore.CreateAsync();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => StoreScope.RunAsync(store.Store, async ct =>
        {
            await ServiceWritesAsync(store.Store, "first", ct);
            await ServiceWritesAsync(store.Store, "second", ct, fail: true);
        }, CancellationToken.None));

        Assert.Equal("second refused", error.Message);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task RunAsync_FailureSwallowedByCaller_ScopeStillRollsBack()
    {
        await using var store = await TempStore.CreateAsync();

        await Assert.ThrowsAsync<StoreScopeAbortedException>(() => StoreScope.RunAsync(store.Store, async ct =>
        {
            await ServiceWritesAsync(store.Store, "first", ct);
            try
            {
                await ServiceWritesAsync(store.Store, "second", ct, fail: true);
            }
            catch (InvalidOperationException)
            {
                // A caller that ignores a failed service must not get a half-written scope.
            }
        }, CancellationToken.None));

        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task RunAsync_FailureAtCommitAfterOutboxInsert_LeavesNothing()
    {
        await using var store = await TempStore.CreateAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => StoreScope.RunAsync(store.Store, async ct =>
        {
            await ServiceWritesAsync(store.Store, "first", ct);
            store.Fault.Armed = true;
            await ServiceWritesAsync(store.Store, "second", ct);
        }, CancellationToken.None));

        Assert.Equal(1, store.Fault.Fired);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task BeginAsync_OutsideScope_CommitsOnItsOwn()
    {
        await using var store = await TempStore.CreateAsync();
        await StoreScope.RunAsync(store.Store, ct => ServiceWritesAsync(store.Store, "inside", ct), CancellationToken.None);

        await ServiceWritesAsync(store.Store, "after", CancellationToken.None);

        Assert.Null(StoreScope.Current);
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
    }

    /// <summary>What a service does: its own unit, its row and its outbox row, commit.</summary>
    private static async Task ServiceWritesAsync(IStore store, string name, CancellationToken ct, bool fail = false)
    {
        await using var unit = await store.BeginAsync(ct);
        var document = new ProbeDocument { Id = Guid.NewGuid(), Name = name, Amount = 100m };
        unit.Context<ProbeDbContext>().Documents.Add(document);
        await unit.Outbox.AddAsync(new SyncDocument("probe", "probe.doc", 1, document.Id, 1, SyncOperation.Upsert, $$"""{"name":"{{name}}"}"""), 0, null, ct);
        if (fail)
        {
            throw new InvalidOperationException($"{name} refused");
        }

        await unit.CommitAsync(ct);
    }

    private static async Task<int> CountInScopeAsync(IStore store, CancellationToken ct)
    {
        await using var unit = await store.BeginReadAsync(ct);
        return unit.Context<ProbeDbContext>().Documents.Count();
    }
}
