using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;

namespace AmisModular.Storage.UnitOfWork;

public sealed class Store(StoreConnectionFactory connections, ModuleStoreCatalog catalog, TimeProvider? clock = null) : IStore
{
    public StoreOptions Options => connections.Options;

    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken)
    {
        if (AmbientUnitOfWork.For(this) is { } outer)
        {
            return await NestedUnitOfWork.BeginAsync(outer, catalog, connections.Options, clock ?? TimeProvider.System, cancellationToken);
        }

        var connection = await connections.OpenAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            return new StoreUnitOfWork(connection, transaction, catalog, connections.Options, clock ?? TimeProvider.System);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
