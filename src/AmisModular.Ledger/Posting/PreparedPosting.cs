using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Journal;

namespace AmisModular.Ledger.Posting;

/// <summary>
/// One document of a batch posting: the journal lines posting it writes (not yet added to any context), or the
/// refusal <see cref="PostingService.PostAsync{TDocument}(AmisModular.Storage.UnitOfWork.IUnitOfWork, TDocument, CancellationToken)"/>
/// would throw for it.
/// </summary>
public sealed record PreparedPosting(IReadOnlyList<JournalLine> Journal, LedgerException? Error)
{
    public bool Succeeded => Error is null;

    internal static PreparedPosting Refused(LedgerException error) => new([], error);
}
