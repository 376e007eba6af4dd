namespace AmisModular.Ledger.Posting;

/// <summary>
/// The typed rule. Must be deterministic: the same document gives the same lines in the same order on every node
/// (no clock, no random, no dictionary order), because every node derives its own journal.
/// </summary>
public interface IPostingRule<in TDocument> : IPostingRule
    where TDocument : IPostableDocument
{
    IReadOnlyList<PostingLine> Build(TDocument document);
}
