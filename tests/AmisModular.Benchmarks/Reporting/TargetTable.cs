using System.Globalization;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>Figures against floors and targets as a Markdown table (pasteable into the README), then notes.</summary>
public sealed class TargetTable
{
    private readonly List<TargetRow> rows = [];
    private readonly List<(string Name, string Value)> notes = [];

    public void Add(TargetRow row) => rows.Add(row);

    public void Note(string name, string value) => notes.Add((name, value));

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = new List<string[]> { new[] { "figure", "product", "floor (same run)", "product/floor", "target", "verdict" } };
        table.AddRange(rows.Select(r => new[]
        {
            r.Figure, r.Product, r.Floor,
            r.Slowdown is { } s ? s.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—",
            "≤ " + r.Target.ToString("0.0#", CultureInfo.InvariantCulture) + "×",
            r.Verdict,
        }));
        var widths = Enumerable.Range(0, table[0].Length).Select(c => table.Max(line => line[c].Length)).ToArray();
        output.WriteLine(Line(table[0], widths));
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var line in table.Skip(1))
        {
            output.WriteLine(Line(line, widths));
        }

        output.WriteLine();
        foreach (var (name, value) in notes)
        {
            output.WriteLine($"- {name}: {value}");
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |";
}
