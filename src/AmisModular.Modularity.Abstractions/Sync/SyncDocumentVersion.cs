namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>A document the local store holds, by identity and version only: what reconciliation compares.</summary>
public sealed record SyncDocumentVersion(string DocumentType, Guid DocumentId, long Version);
