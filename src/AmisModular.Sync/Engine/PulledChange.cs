using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Sync.Protocol.Pull;
using AmisModular.Sync.Protocol.Snapshots;
using AmisModular.Sync.State;

namespace AmisModular.Sync.Engine;

/// <summary>A change the cloud sent (a feed item, a snapshot row, or one held here since), whole: what an adapter applies.</summary>
internal sealed record PulledChange(
    long ServerSeq, string Module, string DocumentType, int SchemaVersion, Guid DocumentId, long Version, string Operation, Guid? OriginDeviceId, string? Payload)
{
    public static PulledChange From(ChangeItem item) =>
        new(item.ServerSeq, item.Module, item.DocumentType, item.SchemaVersion, item.DocumentId, item.Version, item.Operation, item.OriginDeviceId, item.Payload);

    public static PulledChange From(SnapshotRow row) =>
        new(row.Seq, row.Module, row.DocumentType, row.SchemaVersion, row.DocumentId, row.Version, row.Operation, null, row.Payload);

    public static PulledChange From(InboundRejection held) =>
        new(held.ServerSeq, held.Module, held.DocumentType, held.SchemaVersion, held.DocumentId, held.Version, held.Operation, held.OriginDeviceId, held.Payload);

    public SyncDocument ToDocument() => SyncAdapters.Pulled(Module, DocumentType, SchemaVersion, DocumentId, Version, Operation, Payload);
}
