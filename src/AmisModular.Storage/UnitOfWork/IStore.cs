using AmisModular.Storage.Configuration;

namespace AmisModular.Storage.UnitOfWork;

/// <summary>The local store: begins units of work over one connection and one transaction.</summary>
public interface IStore
{
    StoreOptions Options { get; }

    /// <summary>A unit that writes: on SQLite it takes the write lock at once (BEGIN IMMEDIATE), so seq/number reads are safe.</summary>
    Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken);

    /// <summary>
    /// A unit for reading only (reports, exports): on SQLite a deferred transaction, so readers never hold the write
    /// lock and never wait for writers (WAL). Committing a read unit with changes is refused.
    /// </summary>
    Task<IUnitOfWork> BeginReadAsync(CancellationToken cancellationToken);
}
