using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Auth;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Auth;

/// <summary>
/// Short-lived access tokens: <c>amt1.{base64url(claims JSON)}.{base64url(HMAC-SHA256)}</c>. The HMAC key is made once
/// and kept in the cloud database (<see cref="ServerMeta.AccessTokenKey"/>), so every node over that database accepts
/// the tokens of every other node without a shared key store. Tokens are signed, not encrypted: the claims hold ids only.
/// </summary>
public sealed class AccessTokens(CloudDbFactory databases, CloudOptions options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private byte[]? key;

    public TimeSpan Lifetime => options.AccessTokenLifetime > TimeSpan.Zero ? options.AccessTokenLifetime : TimeSpan.FromHours(1);

    public async Task<(string Token, DateTimeOffset ExpiresAt)> IssueAsync(Device device, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(device);
        // Whole seconds, as the claims carry them: the token then lives exactly its lifetime.
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        var expires = now.Add(Lifetime);
        var claims = new AccessTokenClaims(device.Id, device.TenantId, device.BookId, device.Epoch, DeviceToken.Fingerprint(device.SecretHash),
            now.ToUnixTimeSeconds(), expires.ToUnixTimeSeconds());
        var body = DeviceCredentials.AccessTokenPrefix + DeviceToken.Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims, Json));
        var signature = HMACSHA256.HashData(await KeyAsync(cancellationToken), Encoding.ASCII.GetBytes(body));
        return ($"{body}.{DeviceToken.Base64Url(signature)}", DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt));
    }

    /// <summary>The claims of a token whose signature is good (expiry is the caller's check); null for anything else.</summary>
    public async Task<AccessTokenClaims?> VerifyAsync(string token, CancellationToken cancellationToken)
    {
        var dot = token.LastIndexOf('.');
        if (!token.StartsWith(DeviceCredentials.AccessTokenPrefix, StringComparison.Ordinal) || dot <= DeviceCredentials.AccessTokenPrefix.Length
            || FromBase64Url(token[(dot + 1)..]) is not { } presented)
        {
            return null;
        }

        var expected = HMACSHA256.HashData(await KeyAsync(cancellationToken), Encoding.ASCII.GetBytes(token[..dot]));
        return CryptographicOperations.FixedTimeEquals(expected, presented) ? Read(token) : null;
    }

    /// <summary>The claims without checking the signature: only for the rate limiter's partition key.</summary>
    public static AccessTokenClaims? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] + "." != DeviceCredentials.AccessTokenPrefix || FromBase64Url(parts[1]) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<AccessTokenClaims>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (key is not null)
        {
            return key;
        }

        await using var db = databases.Create();
        var row = await db.Meta.AsNoTracking().FirstOrDefaultAsync(m => m.Key == ServerMeta.AccessTokenKey, cancellationToken);
        if (row is null)
        {
            db.Meta.Add(row = new ServerMeta { Key = ServerMeta.AccessTokenKey, Value = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node made the key first: everyone must sign with that one.
                await using var again = databases.Create();
                row = await again.Meta.AsNoTracking().FirstAsync(m => m.Key == ServerMeta.AccessTokenKey, cancellationToken);
            }
        }

        return key = Convert.FromBase64String(row.Value);
    }

    private static byte[]? FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}
