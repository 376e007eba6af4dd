using AmisModular.Ledger.Posting;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Posting;

/// <summary>Phiếu thu: Nợ TK tiền mặt (1111) / Có TK đối ứng of each line (131 per customer, 5111, 1121, 711…).</summary>
public sealed class CashReceiptPostingRule : IPostingRule<CashVoucher>
{
    public string RuleId => "cash.receipt/v1";

    public string DocumentType => CashDocumentTypes.Receipt;

    public IReadOnlyList<PostingLine> Build(CashVoucher document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Lines.OrderBy(l => l.LineNo).SelectMany(l => PostingLine.Pair(
            l.LineNo, document.CashAccount, l.CounterAccount, l.Amount, l.Description ?? document.Description,
            debitPartnerId: null, creditPartnerId: l.PartnerId ?? document.PartnerId))];
    }
}
