using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AmisModular.Printing.Tables;

/// <summary>
/// JSON with stable camelCase property names:
/// <c>{"title","subtitles":[…],"columns":[{"key","header","kind","alignment","decimals"}],
/// "rows":[{"kind","bold","cells":{"&lt;key&gt;":value}}],"footer":[…]}</c>.
/// Money and numbers are JSON numbers written from <see cref="decimal"/> with invariant culture (exact: 0.3 stays
/// 0.3); dates are ISO "yyyy-MM-dd"; empty cells are null. Read it back with <see cref="JsonTableReader"/>.
/// </summary>
public sealed class JsonTableWriter : IReportTableWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), // Vietnamese stays readable, HTML-sensitive chars escaped
    };

    public string Format => "json";

    public string FileExtension => ".json";

    public string ContentType => "application/json";

    public void Write(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        table.Validate();
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        WriteStrings(json, "subtitles", table.Subtitles);
        json.WriteStartArray("columns");
        foreach (var c in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("key", c.Key);
            json.WriteString("header", c.Header);
            json.WriteString("kind", JsonNames.Of(c.Kind));
            json.WriteString("alignment", JsonNames.Of(c.EffectiveAlignment));
            json.WriteNumber("decimals", c.Decimals);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            WriteRow(json, table.Columns, row);
        }

        json.WriteEndArray();
        WriteStrings(json, "footer", table.Footer);
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, IReadOnlyList<ReportColumn> columns, ReportRow row)
    {
        json.WriteStartObject();
        json.WriteString("kind", JsonNames.Of(row.Kind));
        json.WriteBoolean("bold", row.IsBold);
        json.WriteStartObject("cells");
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            var value = row.Cells[i];
            json.WritePropertyName(column.Key);
            switch (value)
            {
                case null:
                    json.WriteNullValue();
                    break;
                case string s:
                    json.WriteStringValue(s);
                    break;
                case DateOnly or DateTime:
                    json.WriteStringValue(ReportCells.AsDate(value)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                default:
                    json.WriteNumberValue(ReportCells.AsDecimal(value)!.Value);
                    break;
            }
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values)
        {
            json.WriteStringValue(v);
        }

        json.WriteEndArray();
    }
}
