using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Reports.Common;

/// <summary>A report was asked for with a bad parameter (which field, which rule, in both languages); nothing was read.</summary>
public sealed class ReportRequestException(string field, LocalizedText text) : Exception($"{field}: {text?.Vi} / {text?.En}")
{
    public string Field { get; } = field;

    public LocalizedText Text { get; } = text ?? new LocalizedText("", "");

    public static ReportRequestException Of(string field, string vi, string en) => new(field, new LocalizedText(vi, en));
}
