using System.Text;

namespace AmisModular.Printing.Tables;

/// <summary>
/// A plain-text table for a console: box lines in ASCII, money right-aligned with vi-VN separators, a rule above a run of
/// total rows, text cells longer than <see cref="MaxColumnWidth"/> cut with "…".
/// </summary>
public sealed class TextTableWriter : IReportTableWriter
{
    public int MaxColumnWidth { get; init; } = 50;

    public string Format => "text";

    public string FileExtension => ".txt";

    public string ContentType => "text/plain; charset=utf-8";

    public void Write(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = new UTF8Encoding(false).GetBytes(Render(table));
        output.Write(bytes);
    }

    public string Render(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Validate();
        var cells = table.Rows.Select(r => table.Columns.Select((c, i) => Cut(ReportCells.Display(c, r.Cells[i]))).ToArray())
            .ToList();
        var headers = table.Columns.Select(c => Cut(c.Header.Normalize())).ToArray();
        var widths = headers.Select((h, i) => Math.Max(h.Length, cells.Count == 0 ? 0 : cells.Max(r => r[i].Length)))
            .ToArray();
        var rule = "+" + string.Join("+", widths.Select(w => new string('-', w + 2))) + "+";

        var text = new StringBuilder();
        foreach (var line in new[] { table.Title }.Concat(table.Subtitles))
        {
            text.AppendLine(Pad(line.Normalize(), rule.Length, ColumnAlignment.Center).TrimEnd());
        }

        text.AppendLine();
        text.AppendLine(rule);
        text.AppendLine(Line(headers, widths, _ => ColumnAlignment.Center));
        text.AppendLine(rule);
        for (var r = 0; r < cells.Count; r++)
        {
            if (table.Rows[r].Kind == ReportRowKind.Total && r > 0 && table.Rows[r - 1].Kind != ReportRowKind.Total)
            {
                text.AppendLine(rule);
            }

            text.AppendLine(Line(cells[r], widths, i => table.Columns[i].EffectiveAlignment));
        }

        text.AppendLine(rule);
        foreach (var line in table.Footer)
        {
            text.AppendLine(line.Normalize());
        }

        return text.ToString();
    }

    private static string Line(string[] values, int[] widths, Func<int, ColumnAlignment> align) =>
        "| " + string.Join(" | ", values.Select((v, i) => Pad(v, widths[i], align(i)))) + " |";

    private string Cut(string value) =>
        value.Length <= MaxColumnWidth ? value : string.Concat(value.AsSpan(0, MaxColumnWidth - 1), "…");

    private static string Pad(string value, int width, ColumnAlignment align)
    {
        var gap = Math.Max(0, width - value.Length);
        return align switch
        {
            ColumnAlignment.Right => new string(' ', gap) + value,
            ColumnAlignment.Center => new string(' ', gap / 2) + value + new string(' ', gap - (gap / 2)),
            _ => value + new string(' ', gap),
        };
    }
}
