using AmisModular.Ledger.Posting;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>
/// NVK posting: each line as entered. A one-sided line's TK đối ứng is the single account of the other side when
/// there is exactly one (else left empty), so the general ledger still shows a counter-account where one exists.
/// </summary>
public sealed class GeneralJournalPostingRule : IPostingRule<GeneralJournalVoucher>
{
    public string RuleId => "core.general-journal/v1";

    public string DocumentType => GeneralJournalVoucher.Type;

    public IReadOnlyList<PostingLine> Build(GeneralJournalVoucher document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ordered = document.Lines.OrderBy(l => l.LineNo).ToList();
        var debitOnly = Single(ordered.Select(l => l.DebitAccount));
        var creditOnly = Single(ordered.Select(l => l.CreditAccount));
        var result = new List<PostingLine>();
        foreach (var line in ordered)
        {
            var description = line.Description ?? document.Description;
            if (line.DebitAccount is not null && line.CreditAccount is not null)
            {
                result.AddRange(PostingLine.Pair(line.LineNo, line.DebitAccount, line.CreditAccount, line.Amount, description, line.DebitPartnerId, line.CreditPartnerId));
            }
            else if (line.DebitAccount is not null)
            {
                result.Add(new PostingLine(line.LineNo, line.DebitAccount, line.Amount, 0m, creditOnly, line.DebitPartnerId, description));
            }
            else if (line.CreditAccount is not null)
            {
                result.Add(new PostingLine(line.LineNo, line.CreditAccount, 0m, line.Amount, debitOnly, line.CreditPartnerId, description));
            }
        }

        return result;
    }

    private static string? Single(IEnumerable<string?> accounts)
    {
        var distinct = accounts.Where(a => a is not null).Distinct(StringComparer.Ordinal).Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
