using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>The outcome of a document rule: an error, or the document's date, number and the documents it references.</summary>
/// <param name="References">Other documents (catalog entries, invoices) that must exist on the server before this one applies.</param>
/// <param name="Postings">The journal lines of the document when posted (none for catalog entries).</param>
public sealed record DocumentFacts(
    AckError? Error, DateOnly? PostingDate, string? Number, IReadOnlyList<Guid>? References = null, IReadOnlyList<CloudPosting>? Postings = null)
{
    public static DocumentFacts Invalid(string code, string message) => new(new AckError(code, message, Retryable: false), null, null);
}
