namespace AmisModular.Sync.Recovery;

/// <summary>
/// The order in which re-queued documents are pushed again: catalog entries first (vouchers reference partners, bank
/// accounts and branches, and the server refuses a reference to a document it lacks), then the core's vouchers, then
/// the modules'; within a rank by document id, a UUIDv7, i.e. in the order the documents were created.
/// </summary>
internal static class CausalOrder
{
    private static readonly HashSet<string> Catalogs = new(StringComparer.Ordinal) { "core.partner", "core.bank-account", "core.branch" };

    public static int Rank(LostDocument document) =>
        Catalogs.Contains(document.DocumentType) ? 0 : document.Module == "core" ? 1 : 2;

    public static IEnumerable<LostDocument> Sort(IEnumerable<LostDocument> documents) =>
        documents.OrderBy(Rank).ThenBy(d => d.DocumentId);
}
