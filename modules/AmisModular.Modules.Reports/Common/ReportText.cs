using AmisModular.Printing.Formatting;

namespace AmisModular.Modules.Reports.Common;

/// <summary>Small pieces of printed text shared by the reports.</summary>
public static class ReportText
{
    /// <summary>Money cell: MISA leaves a zero amount blank.</summary>
    public static object? Money(decimal amount) => amount == 0m ? null : amount;

    /// <summary>"Ngày 31 tháng 01 năm 2026" above the signatures, dated at the end of the period.</summary>
    public static IReadOnlyList<string> Footer(ReportHeader header, params string[] notes)
    {
        ArgumentNullException.ThrowIfNull(header);
        return [.. notes, VietnameseFormat.DatePhrase(header.To), string.Join("          ", ReportHeader.Signatures)];
    }
}
