using System.Globalization;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>Prints the figures as a Markdown table, so a run's output can be pasted into the README as it is.</summary>
public sealed class ResultTable
{
    private readonly List<ResultRow> rows = [];
    private readonly List<(string Name, string Value)> notes = [];

    public IReadOnlyList<ResultRow> Rows => rows;

    public void Add(ResultRow row) => rows.Add(row);

    public void Note(string name, string value) => notes.Add((name, value));

    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var table = new List<string[]> { new[] { "figure", "product", "baseline", "ratio product/baseline", "product is" } };
        table.AddRange(rows.Select(r => new[]
        {
            r.Figure,
            Format(r.Product) + " " + r.Unit,
            Format(r.Baseline) + " " + r.Unit,
            r.Ratio.ToString("0.000", CultureInfo.InvariantCulture),
            Compared(r.Slowdown),
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

    /// <summary>"4.5× slower" or, when the product wins, "1.3× faster": never "0.7× slower".</summary>
    public static string Compared(double slowdown) => slowdown >= 1
        ? slowdown.ToString("0.0", CultureInfo.InvariantCulture) + "× slower"
        : (1 / slowdown).ToString("0.0", CultureInfo.InvariantCulture) + "× faster";

    public static string Format(double value) => value switch
    {
        >= 100 => value.ToString("#,##0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };

    private static string Line(string[] cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))) + " |";
}
