namespace AmisModular.Sync.Protocol.Recovery;

/// <summary>
/// How the server's copies compare with the client's. Ids the server does not hold in the caller's book (another
/// tenant's included) are missing; equal versions are not listed.
/// </summary>
/// <param name="MissingOnServer">The server has no copy: the client re-pushes it (from version 0).</param>
/// <param name="NewerOnServer">The server's version is higher: the client pulls it.</param>
/// <param name="OlderOnServer">document id → the server's (lower) version: the client re-pushes what the server lost on top of it.</param>
public sealed record HaveResponse(IReadOnlyList<Guid> MissingOnServer, IReadOnlyList<Guid> NewerOnServer, IReadOnlyDictionary<Guid, long> OlderOnServer);
