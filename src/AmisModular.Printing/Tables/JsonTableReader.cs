using System.Globalization;
using System.Text.Json;

namespace AmisModular.Printing.Tables;

/// <summary>Reads the JSON of <see cref="JsonTableWriter"/> back into a <see cref="ReportTable"/>, decimals exact.</summary>
public static class JsonTableReader
{
    /// <exception cref="FormatException">The JSON is not a report table (names the missing/unknown part).</exception>
    public static ReportTable Read(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var doc = JsonDocument.Parse(input);
        var root = doc.RootElement;
        var columns = Property(root, "columns").EnumerateArray().Select(ReadColumn).ToList();
        var rows = Property(root, "rows").EnumerateArray().Select(r => ReadRow(r, columns)).ToList();
        var table = new ReportTable
        {
            Title = Property(root, "title").GetString() ?? string.Empty,
            Subtitles = Strings(root, "subtitles"),
            Columns = columns,
            Rows = rows,
            Footer = Strings(root, "footer"),
        };
        table.Validate();
        return table;
    }

    private static ReportColumn ReadColumn(JsonElement c) =>
        new(Property(c, "key").GetString()!, Property(c, "header").GetString()!,
            JsonNames.ColumnKind(Property(c, "kind").GetString()))
        {
            Alignment = JsonNames.Alignment(Property(c, "alignment").GetString()),
            Decimals = Property(c, "decimals").GetInt32(),
        };

    private static ReportRow ReadRow(JsonElement r, List<ReportColumn> columns)
    {
        var cells = Property(r, "cells");
        var values = columns.Select(c => ReadCell(Property(cells, c.Key), c)).ToArray();
        return new ReportRow(values)
        {
            Kind = JsonNames.RowKind(Property(r, "kind").GetString()),
            Bold = Property(r, "bold").GetBoolean(),
        };
    }

    private static object? ReadCell(JsonElement value, ReportColumn column)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return column.Kind switch
        {
            ReportColumnKind.Money or ReportColumnKind.Number => value.GetDecimal(),
            ReportColumnKind.Date => DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ => value.GetString(),
        };
    }

    private static List<string> Strings(JsonElement root, string name) =>
        Property(root, name).EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToList();

    private static JsonElement Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"Report JSON: missing property '{name}'.");
}
