using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>No fiscal year of the company contains the posting date.</summary>
public sealed class PeriodNotOpenException(string document, DateOnly postingDate)
    : PostingException(document, null, new LocalizedText(
        $"Chứng từ {document}: ngày hạch toán {postingDate:dd/MM/yyyy} không thuộc năm tài chính nào đã mở.",
        $"Document {document}: posting date {postingDate:yyyy-MM-dd} is not in any open fiscal year."))
{
    public DateOnly PostingDate { get; } = postingDate;
}
