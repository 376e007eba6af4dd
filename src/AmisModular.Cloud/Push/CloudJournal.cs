using AmisModular.Cloud.Data;

namespace AmisModular.Cloud.Push;

/// <summary>The cloud's journal follows the document in the same transaction: lines while posted, none otherwise.</summary>
public static class CloudJournal
{
    public static List<CloudJournalLine> Of(CloudDocument document, DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(facts);
        if (!document.Posted || document.Removed || facts.Postings is not { Count: > 0 } postings || facts.PostingDate is not { } date)
        {
            return [];
        }

        return [.. postings.GroupBy(p => p.Ledger).SelectMany(ledger => ledger.Select((p, i) => new CloudJournalLine
        {
            BookId = document.BookId, DocumentId = document.DocumentId, Ledger = p.Ledger, LineNo = i + 1, PostingDate = date, AccountCode = p.AccountCode,
            CorrespondingAccountCode = p.CorrespondingAccountCode, Debit = p.Debit, Credit = p.Credit, PartnerId = p.PartnerId,
        }))];
    }
}
