using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>A line a rule produced has a negative amount, both sides or neither side set.</summary>
public sealed class InvalidPostingLineException(string document, int lineNo, string ruleId)
    : PostingException(document, ruleId, new LocalizedText(
        $"Chứng từ {document}, dòng {lineNo}: dòng định khoản phải có đúng một vế Nợ hoặc Có với số tiền dương; quy tắc {ruleId}.",
        $"Document {document}, line {lineNo}: a posting line needs exactly one positive debit or credit amount; rule {ruleId}."))
{
    public int LineNo { get; } = lineNo;
}
