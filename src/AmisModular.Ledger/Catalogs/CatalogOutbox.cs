using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;

namespace AmisModular.Ledger.Catalogs;

/// <summary>Writes a catalog entry's outbox row inside the unit that changes it. The payload is the entity itself.</summary>
internal static class CatalogOutbox
{
    public static Task EnqueueAsync<T>(IUnitOfWork unit, string documentType, Guid id, long version, T entity, CancellationToken cancellationToken) =>
        unit.Outbox.AddAsync(
            new SyncDocument("core", documentType, CatalogDocumentTypes.SchemaVersion, id, version, SyncOperation.Upsert, CanonicalJson.Serialize(entity)),
            version - 1, null, cancellationToken);
}
