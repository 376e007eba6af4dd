using AmisModular.Cloud.Data;

namespace AmisModular.Cloud.Push;

/// <summary>What a push request reads before applying anything (see <see cref="PushBatchLoader"/>).</summary>
/// <param name="Documents">Every document id the request names: the server's row (tracked), or null.</param>
/// <param name="ExistingReferences">Referenced ids outside the request that are on the server and not removed.</param>
/// <param name="Numbers">The documents holding any number the request uses.</param>
/// <param name="Acks">The stored acks of the request's resent seqs, by seq (tracked).</param>
public sealed record PushBatchSnapshot(
    Dictionary<Guid, CloudDocument?> Documents, HashSet<Guid> ExistingReferences, NumberIndex Numbers, Dictionary<long, StoredAck> Acks);
