using AmisModular.Ledger.Posting;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Posting;

/// <summary>Phiếu chi: Nợ TK đối ứng of each line (331 per vendor, 6427, 334, 1121…) / Có TK tiền mặt (1111).</summary>
public sealed class CashPaymentPostingRule : IPostingRule<CashVoucher>
{
    public string RuleId => "cash.payment/v1";

    public string DocumentType => CashDocumentTypes.Payment;

    public IReadOnlyList<PostingLine> Build(CashVoucher document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return [.. document.Lines.OrderBy(l => l.LineNo).SelectMany(l => PostingLine.Pair(
            l.LineNo, l.CounterAccount, document.CashAccount, l.Amount, l.Description ?? document.Description,
            debitPartnerId: l.PartnerId ?? document.PartnerId, creditPartnerId: null))];
    }
}
