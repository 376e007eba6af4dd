using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>The posting date falls in a locked period (khóa sổ); unlock it or correct by a reversal in an open period.</summary>
public sealed class PeriodLockedException(string document, DateOnly postingDate, string period)
    : PostingException(document, null, new LocalizedText(
        $"Chứng từ {document}: kỳ kế toán {period} đã khóa sổ, không thể ghi sổ, bỏ ghi hay sửa chứng từ ngày {postingDate:dd/MM/yyyy}.",
        $"Document {document}: period {period} is locked; a document dated {postingDate:yyyy-MM-dd} cannot be posted, unposted or changed."))
{
    public DateOnly PostingDate { get; } = postingDate;

    public string Period { get; } = period;
}
