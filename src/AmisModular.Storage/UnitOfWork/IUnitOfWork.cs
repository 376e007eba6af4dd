using System.Data.Common;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Outbox;

namespace AmisModular.Storage.UnitOfWork;

/// <summary>
/// Several module contexts and the outbox on ONE connection and ONE transaction: a module's document rows and
/// their outbox row commit together or not at all. Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public interface IUnitOfWork : IAsyncDisposable
{
    DbConnection Connection { get; }

    DbTransaction Transaction { get; }

    /// <summary>The context registered for <typeparamref name="TContext"/> (e.g. LedgerDbContext), created once per unit.</summary>
    TContext Context<TContext>()
        where TContext : ModuleDbContext;

    OutboxWriter Outbox { get; }

    /// <summary>Flushes every context (modules first, the outbox last) without committing.</summary>
    Task SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Flushes and commits.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}
