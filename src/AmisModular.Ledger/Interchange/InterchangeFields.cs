using System.Globalization;
using System.Text.Json;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Storage.Money;

namespace AmisModular.Ledger.Interchange;

/// <summary>
/// Reads the fields of one JSON object of a document, collecting every problem with its JSON path and rule instead of
/// stopping at the first: a person fixing a file sees all of them at once.
/// </summary>
internal sealed class InterchangeFields(JsonElement element, string path, List<DocumentFieldError> errors)
{
    public string Path => path;

    public List<DocumentFieldError> Errors => errors;

    public static InterchangeFields Root(JsonElement document, List<DocumentFieldError> errors)
    {
        if (document.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new DocumentFieldError("$", InterchangeRules.Type, "Chứng từ phải là một đối tượng JSON / the document must be a JSON object"));
        }

        return new InterchangeFields(document, "$", errors);
    }

    public string At(string name) => $"{path}.{name}";

    public void Add(string field, string rule, string vi, string en) => errors.Add(new DocumentFieldError(field, rule, $"{vi} / {en}"));

    public JsonElement? Value(string name, bool required)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            Add(At(name), InterchangeRules.Required, $"Thiếu trường bắt buộc '{name}'", $"the field '{name}' is required");
        }

        return null;
    }

    public string? Text(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add(At(name), InterchangeRules.Type, $"'{name}' phải là chuỗi", $"'{name}' must be a string");
            return null;
        }

        var text = value.GetString()!.Trim();
        if (required && text.Length == 0)
        {
            Add(At(name), InterchangeRules.Required, $"'{name}' không được để trống", $"'{name}' must not be empty");
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    public Guid? Id(string name, bool required = false)
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (Guid.TryParseExact(text, "D", out var id))
        {
            return id;
        }

        Add(At(name), InterchangeRules.Format, $"'{name}' phải là GUID dạng xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", $"'{name}' must be a GUID (8-4-4-4-12 hex digits)");
        return null;
    }

    public DateOnly? Date(string name, bool required = false)
    {
        var text = Text(name, required);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(At(name), InterchangeRules.Format, $"'{name}' phải là ngày dạng yyyy-MM-dd, ví dụ 2026-01-31", $"'{name}' must be an ISO date yyyy-MM-dd, e.g. 2026-01-31");
        return null;
    }

    /// <summary>A money amount: a JSON number with at most 4 decimals (what the store keeps exactly).</summary>
    public decimal? Money(string name, bool required = false)
    {
        if (Value(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            Add(At(name), InterchangeRules.Type, $"'{name}' phải là số (JSON number), không phải chuỗi", $"'{name}' must be a JSON number, not a string");
            return null;
        }

        if (!MoneyStorage.IsStorable(amount))
        {
            Add(At(name), InterchangeRules.Precision, $"'{name}' có quá 4 chữ số thập phân: {amount}", $"'{name}' has more than 4 decimals: {amount}");
            return null;
        }

        return amount;
    }

    public bool? Flag(string name)
    {
        if (Value(name, required: false) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Add(At(name), InterchangeRules.Type, $"'{name}' phải là true hoặc false", $"'{name}' must be true or false");
        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (lower-case words), e.g. books "tax" | "internal" | "both".</summary>
    public string? OneOf(string name, IReadOnlyCollection<string> allowed)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        var normalized = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        if (allowed.Contains(normalized))
        {
            return normalized;
        }

        var list = string.Join(", ", allowed);
        Add(At(name), InterchangeRules.NotAllowed, $"'{name}' phải là một trong: {list}", $"'{name}' must be one of: {list}");
        return null;
    }

    public IReadOnlyList<InterchangeFields> Items(string name, bool required)
    {
        if (Value(name, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Add(At(name), InterchangeRules.Type, $"'{name}' phải là mảng", $"'{name}' must be an array");
            return [];
        }

        var items = value.EnumerateArray().Select((item, index) => new InterchangeFields(item, $"{At(name)}[{index}]", errors)).ToList();
        if (required && items.Count == 0)
        {
            Add(At(name), InterchangeRules.Required, $"'{name}' phải có ít nhất một dòng", $"'{name}' needs at least one item");
        }

        foreach (var item in items.Where(i => i.IsNotObject))
        {
            Add(item.Path, InterchangeRules.Type, "Dòng phải là đối tượng JSON", "each item must be a JSON object");
        }

        return items;
    }

    private bool IsNotObject => element.ValueKind != JsonValueKind.Object;
}
