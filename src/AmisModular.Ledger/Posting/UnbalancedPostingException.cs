using System.Globalization;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>Σ Nợ ≠ Σ Có (or the entry is empty).</summary>
public sealed class UnbalancedPostingException(string document, string ruleId, decimal totalDebit, decimal totalCredit)
    : PostingException(document, ruleId, new LocalizedText(
        string.Create(CultureInfo.InvariantCulture, $"Chứng từ {document}: bút toán không cân (tổng Nợ {totalDebit} ≠ tổng Có {totalCredit}), quy tắc {ruleId}."),
        string.Create(CultureInfo.InvariantCulture, $"Document {document}: the entry does not balance (debits {totalDebit} ≠ credits {totalCredit}), rule {ruleId}.")))
{
    public decimal TotalDebit { get; } = totalDebit;

    public decimal TotalCredit { get; } = totalCredit;
}
