using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmisModular.Modularity.Security;

/// <summary>An ECDSA P-256 / SHA-256 signature over the exact bytes of another file (module.json, a licence).</summary>
public sealed record DetachedSignature(
    [property: JsonPropertyName("keyId")] string KeyId,
    [property: JsonPropertyName("algorithm")] string Algorithm,
    [property: JsonPropertyName("value")] string Value)
{
    public const string EcdsaP256Sha256 = "ECDSA-P256-SHA256";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public string ToJson() => JsonSerializer.Serialize(this, Indented);

    /// <summary>Parses a signature file; null when it is not one.</summary>
    public static DetachedSignature? TryParse(string json)
    {
        try
        {
            var signature = JsonSerializer.Deserialize<DetachedSignature>(json);
            return signature is { KeyId.Length: > 0, Algorithm.Length: > 0, Value.Length: > 0 } ? signature : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
