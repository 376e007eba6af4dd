using System.Globalization;
using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Interchange;

/// <summary>
/// Reads the JSON interchange form (docs/interchange/cash.md) field by field, so a wrong type or a missing field is
/// reported with its JSON path instead of a serializer exception. Business rules are checked afterwards.
/// </summary>
internal sealed class CashInterchangeReader
{
    private static readonly HashSet<string> HeaderFields =
    [
        "id", "kind", "companyId", "branchId", "books", "taxNumber", "internalNumber", "documentDate", "postingDate", "partnerId",
        "personName", "address", "description", "attachedDocuments", "cashAccount", "currency", "status", "version", "lines",
    ];

    private static readonly HashSet<string> LineFields = ["lineNo", "counterAccount", "amount", "description", "partnerId"];

    private readonly List<DocumentFieldError> errors = [];

    public IReadOnlyList<DocumentFieldError> Errors => errors;

    /// <summary>The document, or null when its shape is wrong (then <see cref="Errors"/> says where).</summary>
    public CashInterchangeDocument? Read(string documentType, JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            Add("$", CashVoucherRules.InvalidType, "Chứng từ phải là một đối tượng JSON.", "The document must be a JSON object.");
            return null;
        }

        Unknown(json, HeaderFields, "$");
        var kind = Kind(documentType, json);
        var companyId = Guid(json, "companyId", required: true);
        var documentDate = Date(json, "documentDate", required: true);
        var postingDate = Date(json, "postingDate", required: false) ?? documentDate;
        var books = Books(json);
        var status = Status(json);
        var attached = Int(json, "attachedDocuments") ?? 0;
        var lines = Lines(json);
        var draft = new CashVoucherDraft(
            kind ?? CashVoucherKind.Receipt, companyId ?? System.Guid.Empty, books ?? BookSet.Tax, documentDate ?? default, postingDate ?? default,
            Text(json, "personName") ?? "", Text(json, "description") ?? "", lines ?? [],
            Guid(json, "partnerId", required: false), Text(json, "address"), attached, Text(json, "cashAccount") ?? "1111",
            Text(json, "currency") ?? "VND", Guid(json, "branchId", required: false));
        var identity = new CashVoucherIdentity(Guid(json, "id", required: false), Text(json, "taxNumber"), Text(json, "internalNumber"));
        return errors.Count == 0 ? new CashInterchangeDocument(draft, identity, status == "posted") : null;
    }

    private CashVoucherKind? Kind(string documentType, JsonElement json)
    {
        var expected = documentType == CashDocumentTypes.Payment ? CashVoucherKind.Payment : CashVoucherKind.Receipt;
        var text = Text(json, "kind");
        if (text is null)
        {
            return expected;
        }

        var kind = text switch { "receipt" => CashVoucherKind.Receipt, "payment" => CashVoucherKind.Payment, _ => (CashVoucherKind?)null };
        if (kind is null)
        {
            Add("$.kind", CashVoucherRules.InvalidValue, "Loại phiếu phải là \"receipt\" (thu) hoặc \"payment\" (chi).", "The kind must be \"receipt\" or \"payment\".");
        }
        else if (kind != expected)
        {
            Add("$.kind", CashVoucherRules.KindMismatch, $"Loại phiếu \"{text}\" khác loại chứng từ {documentType}.", $"Kind \"{text}\" does not match document type {documentType}.");
        }

        return kind;
    }

    private BookSet? Books(JsonElement json)
    {
        var text = Text(json, "books");
        var books = text switch { null or "tax" => BookSet.Tax, "internal" => BookSet.Internal, "both" => BookSet.Both, _ => (BookSet?)null };
        if (books is null)
        {
            Add("$.books", CashVoucherRules.InvalidValue, "Sổ phải là \"tax\", \"internal\" hoặc \"both\".", "Books must be \"tax\", \"internal\" or \"both\".");
        }

        return books;
    }

    private string? Status(JsonElement json)
    {
        var text = Text(json, "status") ?? "draft";
        if (text is not ("draft" or "posted"))
        {
            Add("$.status", CashVoucherRules.InvalidValue, "Trạng thái phải là \"draft\" (chưa ghi sổ) hoặc \"posted\" (đã ghi sổ).", "The status must be \"draft\" or \"posted\".");
        }

        return text;
    }

    private List<CashVoucherDraftLine>? Lines(JsonElement json)
    {
        if (!json.TryGetProperty("lines", out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            Add("$.lines", CashVoucherRules.InvalidType, "Các dòng phải là một mảng JSON.", "The lines must be a JSON array.");
            return null;
        }

        var lines = new List<CashVoucherDraftLine>();
        var index = 0;
        foreach (var line in array.EnumerateArray())
        {
            var path = $"$.lines[{index++}]";
            if (line.ValueKind != JsonValueKind.Object)
            {
                Add(path, CashVoucherRules.InvalidType, "Mỗi dòng phải là một đối tượng JSON.", "Each line must be a JSON object.");
                continue;
            }

            Unknown(line, LineFields, path);
            Int(line, "lineNo", path);
            lines.Add(new CashVoucherDraftLine(Text(line, "counterAccount", path) ?? "", Amount(line, path) ?? 0m, Text(line, "description", path), Guid(line, "partnerId", required: false, path)));
        }

        return lines;
    }

    private decimal? Amount(JsonElement line, string parent)
    {
        var path = parent + ".amount";
        if (!line.TryGetProperty("amount", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Add(path, CashVoucherRules.Required, "Số tiền là bắt buộc.", "The amount is required.");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var amount))
        {
            Add(path, CashVoucherRules.InvalidType, "Số tiền phải là một số JSON (ví dụ 1200000).", "The amount must be a JSON number (e.g. 1200000).");
            return null;
        }

        return amount;
    }

    private string? Text(JsonElement json, string name, string parent = "$")
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Add($"{parent}.{name}", CashVoucherRules.InvalidType, $"Trường {name} phải là chuỗi.", $"Field {name} must be a string.");
            return null;
        }

        return value.GetString();
    }

    private Guid? Guid(JsonElement json, string name, bool required, string parent = "$")
    {
        var text = Text(json, name, parent);
        if (text is null)
        {
            if (required)
            {
                Add($"{parent}.{name}", CashVoucherRules.Required, $"Trường {name} là bắt buộc.", $"Field {name} is required.");
            }

            return null;
        }

        if (!System.Guid.TryParse(text, out var id))
        {
            Add($"{parent}.{name}", CashVoucherRules.InvalidValue, $"Trường {name} phải là mã GUID.", $"Field {name} must be a GUID.");
            return null;
        }

        return id;
    }

    private DateOnly? Date(JsonElement json, string name, bool required)
    {
        var text = Text(json, name);
        if (text is null)
        {
            if (required)
            {
                Add($"$.{name}", CashVoucherRules.Required, $"Trường {name} là bắt buộc.", $"Field {name} is required.");
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add($"$.{name}", CashVoucherRules.InvalidValue, $"Ngày {name} phải có dạng yyyy-MM-dd.", $"Date {name} must be yyyy-MM-dd.");
            return null;
        }

        return date;
    }

    private int? Int(JsonElement json, string name, string parent = "$")
    {
        if (!json.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Add($"{parent}.{name}", CashVoucherRules.InvalidType, $"Trường {name} phải là số nguyên.", $"Field {name} must be an integer.");
            return null;
        }

        return number;
    }

    private void Unknown(JsonElement json, HashSet<string> known, string parent)
    {
        foreach (var property in json.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Add($"{parent}.{property.Name}", CashVoucherRules.UnknownProperty, $"Trường {property.Name} không có trong mẫu phiếu thu/chi.", $"Field {property.Name} is not part of the cash voucher form.");
        }
    }

    private void Add(string path, string rule, string vi, string en) => errors.Add(new DocumentFieldError(path, rule, $"{vi} / {en}"));
}
