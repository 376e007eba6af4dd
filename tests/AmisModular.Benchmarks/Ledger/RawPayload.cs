using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// The baseline's outbox payload, written by hand with Utf8JsonWriter in the product's canonical form (camelCase
/// keys in ordinal order, no whitespace, decimals without trailing zeros), so the row carries the same content.
/// </summary>
public static class RawPayload
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static (string Json, string Hash) Write(PlannedVoucher voucher, Guid id, Guid companyId, string number)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteNull("address");
            json.WriteNumber("attachedDocuments", 0);
            json.WriteString("books", "tax");
            json.WriteNull("branchId");
            json.WriteString("cashAccount", PlannedVoucher.CashAccount);
            json.WriteString("companyId", companyId);
            json.WriteString("currency", "VND");
            json.WriteString("description", voucher.Description);
            json.WriteString("documentDate", Iso(voucher.Date));
            json.WriteString("id", id);
            json.WriteNull("internalNumber");
            json.WriteString("kind", voucher.Kind == CashVoucherKind.Receipt ? "receipt" : "payment");
            json.WriteStartArray("lines");
            for (var i = 0; i < voucher.Lines.Count; i++)
            {
                var line = voucher.Lines[i];
                json.WriteStartObject();
                json.WritePropertyName("amount");
                json.WriteRawValue(line.Amount.ToString("0.############################", CultureInfo.InvariantCulture));
                json.WriteString("counterAccount", line.CounterAccount);
                WriteNullable(json, "description", line.Description);
                json.WriteNumber("lineNo", i + 1);
                json.WriteNull("partnerId");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (voucher.PartnerId is { } partner)
            {
                json.WriteString("partnerId", partner);
            }
            else
            {
                json.WriteNull("partnerId");
            }

            json.WriteString("personName", voucher.PersonName);
            json.WriteString("postingDate", Iso(voucher.Date));
            json.WriteString("status", "posted");
            json.WriteString("taxNumber", number);
            json.WriteNumber("version", 1);
            json.WriteEndObject();
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
        return (Encoding.UTF8.GetString(buffer.WrittenSpan), hash);
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
