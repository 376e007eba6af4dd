using System.Security.Cryptography;
using System.Text;

namespace AmisModular.Cloud.Auth;

/// <summary>
/// The device credential: <c>amd1.{deviceId:N}.{secret}</c> with 32 random bytes of secret. The server stores only
/// SHA-256(secret): with 256 bits of entropy a slow hash (PBKDF2) adds nothing, and lookups stay cheap per request.
/// </summary>
public static class DeviceToken
{
    private const string Prefix = "amd1";

    public static (string Token, string SecretHash) Issue(Guid deviceId)
    {
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return ($"{Prefix}.{deviceId:N}.{secret}", Hash(secret));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool TryParse(string? token, out Guid deviceId, out string secret)
    {
        (deviceId, secret) = (Guid.Empty, "");
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 3 || parts[0] != Prefix || !Guid.TryParseExact(parts[1], "N", out deviceId) || parts[2].Length < 20)
        {
            return false;
        }

        secret = parts[2];
        return true;
    }

    /// <summary>Constant-time comparison of the presented secret with the stored hash.</summary>
    public static bool Matches(string secret, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Names the secret an access token was issued for without exposing its hash.</summary>
    public static string Fingerprint(string secretHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("access-token:" + secretHash)))[..16];

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
