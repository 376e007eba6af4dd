using System.Text.Json;
using System.Text.Json.Nodes;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Licensing;

/// <summary>Reads licence files. It checks shape only; <see cref="LicenceVerifier"/> decides whether to trust them.</summary>
public static class LicenceReader
{
    private static readonly JsonSerializerOptions PayloadOptions = new()
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <exception cref="LicenceFormatException">The file is not a licence file; the message names the field.</exception>
    public static LicenceFile ParseFile(string fileJson)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(fileJson) as JsonObject
                ?? throw new LicenceFormatException("$: tệp giấy phép phải là một đối tượng JSON / a licence file must be a JSON object");
        }
        catch (JsonException e)
        {
            throw new LicenceFormatException($"tệp giấy phép không phải JSON hợp lệ / the licence file is not valid JSON: {e.Message}", e);
        }

        var format = ReadString(root, "format");
        if (format != LicenceFile.CurrentFormat)
        {
            throw new LicenceFormatException(
                $"$.format: định dạng '{format}' không được hỗ trợ / unsupported format '{format}', expected '{LicenceFile.CurrentFormat}'");
        }

        var licenceJson = ReadString(root, "licence");
        var signature = root["signature"] is JsonObject signatureNode
            ? DetachedSignature.TryParse(signatureNode.ToJsonString())
            : null;
        if (signature is null)
        {
            throw new LicenceFormatException(
                "$.signature: thiếu hoặc sai chữ ký (cần keyId, algorithm, value) / missing or malformed signature (needs keyId, algorithm, value)");
        }

        return new LicenceFile(format, licenceJson, signature);
    }

    /// <summary>Parses and validates the signed licence text (call only after its signature is checked).</summary>
    /// <exception cref="LicenceFormatException">A field is missing or breaks a rule; the message names it.</exception>
    public static Licence ParseLicence(string licenceJson)
    {
        Licence? licence;
        try
        {
            licence = JsonSerializer.Deserialize<Licence>(licenceJson, PayloadOptions);
        }
        catch (JsonException e)
        {
            throw new LicenceFormatException($"$.licence: nội dung giấy phép không đọc được / licence content unreadable: {e.Message}", e);
        }

        if (licence is null)
        {
            throw new LicenceFormatException("$.licence: nội dung giấy phép trống / licence content is empty");
        }

        var errors = LicenceValidator.Validate(licence);
        if (errors.Count > 0)
        {
            throw new LicenceFormatException(string.Join(Environment.NewLine, errors));
        }

        return licence;
    }

    private static string ReadString(JsonObject root, string name)
    {
        var node = root[name];
        if (node is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0)
        {
            return text;
        }

        throw new LicenceFormatException($"$.{name}: thiếu hoặc không phải chuỗi / missing or not a string");
    }
}
