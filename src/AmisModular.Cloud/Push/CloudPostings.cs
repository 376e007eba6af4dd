using AmisModular.Ledger.Companies;

namespace AmisModular.Cloud.Push;

/// <summary>
/// The double entry of one voucher line in every book the voucher is kept in, mirroring the desktop's PostingLine.Pair:
/// a debit line and a credit line, each naming the other as its corresponding account. A line with only one side
/// (a general journal voucher split over several lines) gives one journal line.
/// </summary>
public static class CloudPostings
{
    public static IEnumerable<CloudPosting> Pair(BookSet books, string? debitAccount, string? creditAccount, decimal amount, Guid? debitPartnerId, Guid? creditPartnerId)
    {
        foreach (var ledger in Ledgers(books))
        {
            if (debitAccount is not null)
            {
                yield return new CloudPosting(ledger, debitAccount, creditAccount, amount, 0m, debitPartnerId);
            }

            if (creditAccount is not null)
            {
                yield return new CloudPosting(ledger, creditAccount, debitAccount, 0m, amount, creditPartnerId);
            }
        }
    }

    private static IEnumerable<Book> Ledgers(BookSet books)
    {
        if (books.HasFlag(BookSet.Tax))
        {
            yield return Book.Tax;
        }

        if (books.HasFlag(BookSet.Internal))
        {
            yield return Book.Internal;
        }
    }
}
