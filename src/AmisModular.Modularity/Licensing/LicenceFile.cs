using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AmisModular.Modularity.Security;

namespace AmisModular.Modularity.Licensing;

/// <summary>
/// The single file a user uploads: <c>{"format": "amis-licence/1", "licence": "&lt;licence JSON text&gt;", "signature": {...}}</c>.
/// The licence travels as a string so the signature covers exactly its UTF-8 bytes; nothing is re-serialized before verifying.
/// </summary>
public sealed record LicenceFile(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("licence")] string LicenceJson,
    [property: JsonPropertyName("signature")] DetachedSignature Signature)
{
    public const string CurrentFormat = "amis-licence/1";

    internal static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public byte[] SignedBytes() => System.Text.Encoding.UTF8.GetBytes(LicenceJson);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
