using AmisModular.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Outbox;

public sealed class ReadUnitTests
{
    [Fact]
    public async Task ReadUnit_Open_DoesNotBlockAWriter_AndKeepsItsSnapshot()
    {
        await using var store = await TempStore.CreateAsync();
        await using var reader = await store.Store.BeginReadAsync(CancellationToken.None);
        Assert.Equal(0, await reader.Context<ProbeDbContext>().Documents.CountAsync());

        await using (var writer = await store.Store.BeginAsync(CancellationToken.None))
        {
            writer.Context<ProbeDbContext>().Documents.Add(new ProbeDocument { Id = Guid.NewGuid(), Name = "w", Amount = 1m });
            await writer.CommitAsync(CancellationToken.None);
        }

        Assert.Equal(0, await reader.Context<ProbeDbContext>().Documents.CountAsync());
        Assert.Equal(1, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
    }

    [Fact]
    public async Task ReadUnit_WithChanges_RefusesToSave()
    {
        await using var store = await TempStore.CreateAsync();
        await using var reader = await store.Store.BeginReadAsync(CancellationToken.None);
        reader.Context<ProbeDbContext>().Documents.Add(new ProbeDocument { Id = Guid.NewGuid(), Name = "r", Amount = 1m });

        await Assert.ThrowsAsync<InvalidOperationException>(() => reader.CommitAsync(CancellationToken.None));
    }
}
