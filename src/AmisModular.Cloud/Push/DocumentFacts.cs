using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>The outcome of a document rule: an error, or the document's date and number.</summary>
public sealed record DocumentFacts(AckError? Error, DateOnly? PostingDate, string? Number)
{
    public static DocumentFacts Invalid(string code, string message) => new(new AckError(code, message, Retryable: false), null, null);
}
