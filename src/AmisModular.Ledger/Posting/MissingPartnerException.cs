using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>A receivable/payable line (131, 331) without its partner: S31 and the trial balance are kept per partner.</summary>
public sealed class MissingPartnerException(string document, int lineNo, string ruleId, string accountCode)
    : PostingException(document, ruleId, new LocalizedText(
        $"Chứng từ {document}, dòng {lineNo}: hạch toán TK {accountCode} phải chọn đối tượng (khách hàng/nhà cung cấp); quy tắc {ruleId}.",
        $"Document {document}, line {lineNo}: a line on account {accountCode} needs a partner (customer/vendor); rule {ruleId}."))
{
    public int LineNo { get; } = lineNo;

    public string AccountCode { get; } = accountCode;
}
