using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>A line uses an account that is not in the company's chart for the regime of the posting date.</summary>
public sealed class UnknownAccountException(string document, int lineNo, string ruleId, string accountCode, string regime)
    : PostingException(document, ruleId, new LocalizedText(
        $"Chứng từ {document}, dòng {lineNo}: tài khoản {accountCode} không có trong hệ thống tài khoản ({regime}), quy tắc {ruleId}.",
        $"Document {document}, line {lineNo}: account {accountCode} is not in the chart of accounts ({regime}), rule {ruleId}."))
{
    public int LineNo { get; } = lineNo;

    public string AccountCode { get; } = accountCode;
}
