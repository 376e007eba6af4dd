namespace AmisModular.Sync.Review;

/// <summary>
/// A local change the server refused for good (or this device set aside): the outbox row stays parked with its reason
/// until a person corrects the document or discards the change. One per document, the first refused change; later
/// changes of the same document wait with it (<see cref="WaitingChanges"/>).
/// </summary>
/// <param name="Rule">The rule that refused it, e.g. <c>period-not-open</c>.</param>
/// <param name="Field">The field the rule is about (Vietnamese / English), when the rule names one.</param>
/// <param name="Editable">The document is still a draft on this device, so it can be opened and corrected.</param>
/// <param name="DiscardEffect">What discarding does to this device's documents and ledger, for the confirmation.</param>
/// <param name="DiscardRefusal">Why discarding is not possible here, or null.</param>
public sealed record ParkedChange(
    Guid DocumentId,
    long Seq,
    string Module,
    string DocumentType,
    string Operation,
    string Rule,
    string? Field,
    string Reason,
    DateTimeOffset CreatedAt,
    DocumentFacts Document,
    int WaitingChanges,
    bool Editable,
    string DiscardEffect,
    string? DiscardRefusal);
