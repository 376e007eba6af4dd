using System.Globalization;
using System.Text.RegularExpressions;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Modules.Cash.Ui.Editor;

/// <summary>
/// The editor's field keys and how the validator's JSON paths ($.description, $.lines[0].amount) and the service's
/// field names (Description, Lines[1].Amount) map onto them, so an error shows on the input that holds the value.
/// </summary>
public static partial class VoucherFields
{
    public const string Date = "date";
    public const string Partner = "partner";
    public const string Person = "person";
    public const string Address = "address";
    public const string Reason = "reason";
    public const string Attached = "attached";
    public const string Lines = "lines";
    public const string General = "general";

    public static string Description(int line) => $"lines[{line}].description";

    /// <summary>The till's side of line <paramref name="line"/> (TK Nợ of a receipt, TK Có of a payment).</summary>
    public static string Cash(int line) => $"lines[{line}].cash";

    public static string Counter(int line) => $"lines[{line}].counter";

    public static string Amount(int line) => $"lines[{line}].amount";

    public static string Debit(int line, CashVoucherKind kind) => kind == CashVoucherKind.Receipt ? Cash(line) : Counter(line);

    public static string Credit(int line, CashVoucherKind kind) => kind == CashVoucherKind.Receipt ? Counter(line) : Cash(line);

    /// <summary>Header fields then, per line, the cells in screen order: description, TK Nợ, TK Có, amount.</summary>
    public static IReadOnlyList<string> Order(CashVoucherKind kind, int lineCount)
    {
        var order = new List<string> { Date, Partner, Person, Address, Reason, Attached };
        for (var i = 0; i < lineCount; i++)
        {
            order.AddRange([Description(i), Debit(i, kind), Credit(i, kind), Amount(i)]);
        }

        return order;
    }

    /// <summary>The line a key belongs to, or null for a header field.</summary>
    public static int? LineOf(string key)
    {
        var match = LineKey().Match(key ?? "");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>From a <see cref="CashVoucherRuleViolation.Path"/>.</summary>
    public static string FromJsonPath(string path)
    {
        var line = JsonLine().Match(path ?? "");
        if (line.Success)
        {
            var i = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            return line.Groups[2].Value switch
            {
                "counterAccount" => Counter(i),
                "amount" => Amount(i),
                "description" => Description(i),
                "partnerId" => Partner,
                _ => Lines,
            };
        }

        return path switch
        {
            "$.documentDate" or "$.postingDate" => Date,
            "$.partnerId" => Partner,
            "$.personName" => Person,
            "$.address" => Address,
            "$.description" => Reason,
            "$.attachedDocuments" => Attached,
            "$.cashAccount" => Cash(0),
            "$.lines" => Lines,
            _ => General,
        };
    }

    /// <summary>From a <see cref="Ledger.Errors.ValidationError.Field"/> of the service (lines counted from 1).</summary>
    public static string FromServiceField(string field)
    {
        var line = ServiceLine().Match(field ?? "");
        if (line.Success)
        {
            var i = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
            return line.Groups[2].Value switch
            {
                "CounterAccount" => Counter(i),
                "Amount" => Amount(i),
                "Description" => Description(i),
                _ => Lines,
            };
        }

        return field switch
        {
            nameof(CashVoucherDraft.DocumentDate) or nameof(CashVoucherDraft.PostingDate) => Date,
            nameof(CashVoucherDraft.PartnerId) => Partner,
            nameof(CashVoucherDraft.PersonName) => Person,
            nameof(CashVoucherDraft.Address) => Address,
            nameof(CashVoucherDraft.Description) => Reason,
            nameof(CashVoucherDraft.AttachedDocuments) => Attached,
            nameof(CashVoucherDraft.CashAccount) => Cash(0),
            nameof(CashVoucherDraft.Lines) => Lines,
            _ => General,
        };
    }

    [GeneratedRegex(@"^lines\[(\d+)\]\.")]
    private static partial Regex LineKey();

    [GeneratedRegex(@"^\$\.lines\[(\d+)\]\.(\w+)$")]
    private static partial Regex JsonLine();

    [GeneratedRegex(@"^Lines\[(\d+)\]\.(\w+)$")]
    private static partial Regex ServiceLine();
}
