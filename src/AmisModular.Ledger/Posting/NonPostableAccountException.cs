using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>A line uses a summary account (one with sub-accounts); post to a detail account instead.</summary>
public sealed class NonPostableAccountException(string document, int lineNo, string ruleId, string accountCode)
    : PostingException(document, ruleId, new LocalizedText(
        $"Chứng từ {document}, dòng {lineNo}: tài khoản {accountCode} là tài khoản tổng hợp (có tài khoản chi tiết), không được hạch toán; quy tắc {ruleId}.",
        $"Document {document}, line {lineNo}: account {accountCode} has sub-accounts and cannot be posted to; rule {ruleId}."))
{
    public int LineNo { get; } = lineNo;

    public string AccountCode { get; } = accountCode;
}
