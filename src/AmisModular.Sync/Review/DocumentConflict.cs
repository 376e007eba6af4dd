namespace AmisModular.Sync.Review;

/// <summary>
/// A document whose local change lost to the server's version (version-conflict, immutable, voided): the server's
/// version is what this store holds now; mine is kept as the conflict copy until a person settles it.
/// </summary>
/// <param name="Code">The server's rule, e.g. <c>version-conflict</c>.</param>
/// <param name="Reason">The server's words (Vietnamese / English).</param>
/// <param name="ServerRemoved">The server's version is a void or a deletion (it has no payload).</param>
/// <param name="KeepMineRefusal">Why "keep mine" is not allowed (posted or voided on the server), or null when it is.</param>
public sealed record DocumentConflict(
    Guid DocumentId,
    string Module,
    string DocumentType,
    string Code,
    string Reason,
    DateTimeOffset CreatedAt,
    long? ServerVersion,
    DocumentFacts Mine,
    DocumentFacts Server,
    bool ServerRemoved,
    IReadOnlyList<FieldComparison> Fields,
    string? KeepMineRefusal)
{
    public bool CanKeepMine => KeepMineRefusal is null;
}
