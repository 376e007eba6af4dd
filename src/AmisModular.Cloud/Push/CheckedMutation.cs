using System.Runtime.ExceptionServices;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// A mutation after the checks that need no database (licence, operation, payload hash, document rule, locked period,
/// fiscal year, schema window): the refusal, or the facts the batch goes on with.
/// </summary>
/// <param name="Deferral">
/// Why the server cannot take the change yet though it passed the checks (the module's schema is newer than the server
/// accepts, the tenant's licence has lapsed): deferred, so it stays queued on the device; null = apply.
/// </param>
/// <param name="Failure">
/// A document rule that threw. Kept, not thrown, because the per-request walk may never reach this mutation (a skip,
/// an earlier refusal of the document); thrown when it is reached, as checking it in place would have.
/// </param>
public sealed record CheckedMutation(Mutation Mutation, AckError? Refusal, DocumentFacts Facts, AckError? Deferral, ExceptionDispatchInfo? Failure = null)
{
    public IEnumerable<Guid> References => Refusal is null && Failure is null ? Facts.References ?? [] : [];

    public string? Number => Refusal is null && Failure is null ? Facts.Number : null;
}
