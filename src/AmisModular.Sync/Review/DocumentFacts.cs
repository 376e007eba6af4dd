using System.Globalization;
using System.Text.Json;

namespace AmisModular.Sync.Review;

/// <summary>
/// What a person recognises a document by, read from its canonical JSON whatever the module: number, date, amount
/// (the sum of the lines' amounts), status. A field the payload does not carry stays null.
/// </summary>
public sealed record DocumentFacts(string? Number, DateOnly? Date, decimal? Amount, string? Status)
{
    public static DocumentFacts Empty { get; } = new(null, null, null, null);

    public bool IsPosted => string.Equals(Status, "posted", StringComparison.OrdinalIgnoreCase);

    public static DocumentFacts From(string? payload, string? fallbackNumber = null)
    {
        if (string.IsNullOrWhiteSpace(payload))
        {
            return Empty with { Number = fallbackNumber };
        }

        try
        {
            using var json = JsonDocument.Parse(payload);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty with { Number = fallbackNumber };
            }

            var number = Text(root, "taxNumber") ?? Text(root, "internalNumber") ?? Text(root, "number") ?? fallbackNumber;
            var date = Text(root, "documentDate") ?? Text(root, "postingDate") ?? Text(root, "date");
            return new DocumentFacts(number, DateOnly.TryParse(date, CultureInfo.InvariantCulture, out var day) ? day : null, SumOfLines(root), Text(root, "status"));
        }
        catch (JsonException)
        {
            // A payload this store cannot read is still shown, field by field, as text.
            return Empty with { Number = fallbackNumber };
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static decimal? SumOfLines(JsonElement root)
    {
        if (root.TryGetProperty("lines", out var lines) && lines.ValueKind == JsonValueKind.Array)
        {
            decimal? sum = null;
            foreach (var line in lines.EnumerateArray())
            {
                if (line.ValueKind == JsonValueKind.Object && Decimal(line, "amount") is { } amount)
                {
                    sum = (sum ?? 0m) + amount;
                }
            }

            return sum;
        }

        return Decimal(root, "amount");
    }

    private static decimal? Decimal(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount) ? amount
        : element.TryGetProperty(name, out value) && value.ValueKind == JsonValueKind.String
          && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out amount) ? amount : null;
}
