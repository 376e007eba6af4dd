namespace AmisModular.Sync.Protocol.Recovery;

/// <summary>
/// POST /sync/v1/have (after a server restore, CouchDB's _revs_diff): the documents the client holds, by id and
/// version, of the caller's book only. At most <see cref="HaveLimits.MaxDocuments"/> per request; the client batches.
/// </summary>
public sealed record HaveRequest(IReadOnlyDictionary<Guid, long> Documents);
