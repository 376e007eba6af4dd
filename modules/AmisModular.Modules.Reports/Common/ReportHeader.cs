using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Printing.Formatting;

namespace AmisModular.Modules.Reports.Common;

/// <summary>Who and what a report is about: company, book, period and the regime whose chart names the accounts.</summary>
public sealed record ReportHeader(
    Guid CompanyId, string CompanyName, string TaxCode, Book Book, DateOnly From, DateOnly To, AccountingRegime Regime)
{
    /// <summary>"Sổ tài chính" (Tax) or "Sổ quản trị" (Internal), as MISA names the books.</summary>
    public string BookName => Book == Book.Tax ? "Sổ tài chính" : "Sổ quản trị";

    /// <summary>The subtitle lines every printed report carries.</summary>
    public IReadOnlyList<string> Subtitles(params string[] extra) =>
    [
        $"Đơn vị: {CompanyName}",
        $"Mã số thuế: {TaxCode}",
        $"Sổ: {BookName}",
        $"Từ ngày {VietnameseFormat.Date(From)} đến ngày {VietnameseFormat.Date(To)}",
        .. extra,
    ];

    /// <summary>The signature captions at the foot of S03a/S03b/S06.</summary>
    public static IReadOnlyList<string> Signatures { get; } = ["Người ghi sổ", "Kế toán trưởng", "Giám đốc"];
}
