using AmisModular.Ledger.Journal;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>
/// A journal line without a TK đối ứng is one side of a compound entry (Nợ 156, 1331 / Có 331). The ledger shows it
/// the way MISA does: one row per line of the other side, when those lines add up to exactly this line's amount.
/// Otherwise (many-to-many) the row keeps the whole amount and lists the other side's accounts.
/// </summary>
internal static class CounterAccountSplitter
{
    public static IEnumerable<(string? Counter, decimal Debit, decimal Credit)> Split(JournalLine line, IReadOnlyList<JournalLine> document)
    {
        if (line.CorrespondingAccountCode is not null)
        {
            return [(line.CorrespondingAccountCode, line.Debit, line.Credit)];
        }

        var isDebit = line.Debit > 0;
        var others = document.Where(o => isDebit ? o.Credit > 0 : o.Debit > 0).ToList();
        var amount = isDebit ? line.Debit : line.Credit;
        if (others.Count > 0 && others.Sum(o => isDebit ? o.Credit : o.Debit) == amount)
        {
            return others.Select(o => isDebit ? ((string?)o.AccountCode, o.Credit, 0m) : (o.AccountCode, 0m, o.Debit));
        }

        var listed = others.Count == 0 ? null : string.Join(", ", others.Select(o => o.AccountCode).Distinct(StringComparer.Ordinal));
        return [(listed, line.Debit, line.Credit)];
    }
}
