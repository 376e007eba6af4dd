namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>
/// The server refused a draft because its number is taken (number-collision). The adapter gives the draft the next
/// number of its own series and queues it again.
/// </summary>
/// <param name="BaseVersion">The version the server holds (0 = none): the queued upsert is made on it, and the draft's
/// local version becomes BaseVersion + 1, the version the server will give it.</param>
/// <param name="CollidingNumber">The number the server refused.</param>
public sealed record RenumberRequest(Guid DocumentId, string DocumentType, long BaseVersion, string? CollidingNumber);
