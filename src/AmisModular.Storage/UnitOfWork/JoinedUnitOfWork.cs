using System.Data.Common;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Outbox;

namespace AmisModular.Storage.UnitOfWork;

/// <summary>
/// A unit opened inside a <see cref="StoreScope"/>: it shares the scope's connection, transaction, contexts and
/// outbox writer (so outbox seqs stay contiguous). CommitAsync flushes and leaves the commit to the scope; a writing
/// unit disposed without committing dooms the scope, so the failure of one service undoes the whole scope.
/// </summary>
internal sealed class JoinedUnitOfWork(StoreScope scope, IUnitOfWork root, bool readOnly) : IUnitOfWork
{
    private bool committed;

    public DbConnection Connection => root.Connection;

    public DbTransaction Transaction => root.Transaction;

    public OutboxWriter Outbox => root.Outbox;

    public TContext Context<TContext>()
        where TContext : ModuleDbContext => root.Context<TContext>();

    public Task SaveChangesAsync(CancellationToken cancellationToken) =>
        readOnly ? Task.CompletedTask : root.SaveChangesAsync(cancellationToken);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await SaveChangesAsync(cancellationToken);
        committed = true;
    }

    public ValueTask DisposeAsync()
    {
        if (!readOnly && !committed)
        {
            scope.Doom();
        }

        return ValueTask.CompletedTask;
    }
}
