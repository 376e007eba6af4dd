using AmisModular.Storage.Configuration;

namespace AmisModular.Storage.UnitOfWork;

/// <summary>The local store: begins units of work over one connection and one transaction.</summary>
public interface IStore
{
    StoreOptions Options { get; }

    Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken);
}
