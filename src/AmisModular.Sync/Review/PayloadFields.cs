using System.Text.Json;

namespace AmisModular.Sync.Review;

/// <summary>A document's canonical JSON as flat field paths (<c>description</c>, <c>lines[2].amount</c>), for comparing two versions.</summary>
public static class PayloadFields
{
    public static IReadOnlyList<FieldComparison> Compare(string? mine, string? server)
    {
        var left = Flatten(mine);
        var right = Flatten(server);
        var fields = left.Keys.Concat(right.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return [.. fields.Select(f => new FieldComparison(f, left.GetValueOrDefault(f), right.GetValueOrDefault(f)))];
    }

    public static IReadOnlyDictionary<string, string?> Flatten(string? payload)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(payload))
        {
            return fields;
        }

        try
        {
            using var json = JsonDocument.Parse(payload);
            Walk(json.RootElement, "", fields);
        }
        catch (JsonException)
        {
            fields["(payload)"] = payload;
        }

        return fields;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string?> fields)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", fields);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    // 1-based, as the lines are numbered on the voucher.
                    Walk(item, $"{path}[{++index}]", fields);
                }

                break;
            case JsonValueKind.String:
                fields[path] = element.GetString();
                break;
            case JsonValueKind.Null:
                fields[path] = null;
                break;
            default:
                fields[path] = element.GetRawText();
                break;
        }
    }
}
