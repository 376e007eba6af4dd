using System.Globalization;
using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Numbering;

/// <summary>
/// Quy tắc đánh số chứng từ: prefix + zero-padded counter + suffix (PT00001), per company, book, document type and
/// scope (a branch code or a device id; empty = the whole company).
/// </summary>
public sealed class NumberSeries
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public Book Book { get; set; }

    public string DocumentType { get; set; } = "";

    public string Scope { get; set; } = "";

    public string Prefix { get; set; } = "";

    public int Digits { get; set; } = 5;

    public string Suffix { get; set; } = "";

    /// <summary>The counter the next number takes; a concurrency token so two writers cannot take the same one.</summary>
    public long NextValue { get; set; } = 1;

    public string Format(long value) =>
        Prefix + value.ToString(CultureInfo.InvariantCulture).PadLeft(Digits, '0') + Suffix;
}
