using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.Data.Sqlite;

namespace AmisModular.Storage.UnitOfWork;

public sealed class Store(StoreConnectionFactory connections, ModuleStoreCatalog catalog, TimeProvider? clock = null) : IStore
{
    public StoreOptions Options => connections.Options;

    public Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        Joined(readOnly: false) ?? BeginAsync(readOnly: false, cancellationToken);

    public Task<IUnitOfWork> BeginReadAsync(CancellationToken cancellationToken) =>
        Joined(readOnly: true) ?? BeginAsync(readOnly: true, cancellationToken);

    /// <summary>Inside an open <see cref="StoreScope"/> of this store a unit joins the scope's transaction.</summary>
    private Task<IUnitOfWork>? Joined(bool readOnly) =>
        StoreScope.Current is { } scope && ReferenceEquals(scope.Store, this) ? Task.FromResult(scope.Join(readOnly)) : null;

    private async Task<IUnitOfWork> BeginAsync(bool readOnly, CancellationToken cancellationToken)
    {
        if (AmbientUnitOfWork.For(this) is { } outer)
        {
            return await NestedUnitOfWork.BeginAsync(outer, catalog, connections.Options, clock ?? TimeProvider.System, cancellationToken);
        }

        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            var transaction = readOnly && connection is SqliteConnection sqlite
                ? sqlite.BeginTransaction(deferred: true)
                : await connection.BeginTransactionAsync(cancellationToken);
            return new StoreUnitOfWork(connection, transaction, catalog, connections.Options, clock ?? TimeProvider.System, readOnly);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
