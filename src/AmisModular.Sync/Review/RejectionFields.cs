using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Sync.Review;

/// <summary>The field each server rule is about, as the review screen names it (Vietnamese / English).</summary>
public static class RejectionFields
{
    public static string? For(string rule) => rule switch
    {
        RejectionCodes.PeriodLocked or RejectionCodes.PeriodNotOpen => "Ngày hạch toán / Posting date",
        RejectionCodes.NumberCollision => "Số chứng từ / Number",
        RejectionCodes.Unbalanced => "Dòng hạch toán (Nợ = Có) / Lines (debit = credit)",
        RejectionCodes.WrongCompany => "Công ty / Company",
        RejectionCodes.MissingDocument => "Chứng từ tham chiếu / Referenced document",
        RejectionCodes.UnknownDocumentType or RejectionCodes.UnlicensedModule or RejectionCodes.PartitionRemoved => "Phân hệ / Module",
        RejectionCodes.InvalidPayload or RejectionCodes.PayloadHash => "Nội dung chứng từ / Document content",
        RejectionCodes.InvalidOperation => "Thao tác / Operation",
        RejectionCodes.DependencyParked => "Thay đổi trước của chứng từ / An earlier change of the document",
        _ => null,
    };

    /// <summary>"[period-not-open] message" → ("period-not-open", "message").</summary>
    public static (string Rule, string Message) Split(string? reason)
    {
        if (reason is { Length: > 2 } text && text[0] == '[' && text.IndexOf(']', StringComparison.Ordinal) is var end and > 1)
        {
            return (text[1..end], text[(end + 1)..].Trim());
        }

        return ("", reason ?? "");
    }
}
