namespace AmisModular.Sync.Recovery;

/// <summary>A local document the restored server lacks (<see cref="ServerVersion"/> 0) or holds in an older version.</summary>
/// <param name="Removed">Removed locally (voided/deleted; only the outbox remembers it): the removal is what the server lost.</param>
public sealed record LostDocument(string Module, string DocumentType, Guid DocumentId, long LocalVersion, long ServerVersion, bool Removed);
