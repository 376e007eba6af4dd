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
/// The key can be rotated (admin <c>rotate-token-key</c>): new tokens are signed with the new key, tokens of the
/// previous key stay valid until they expire, unless the rotation drops it (a leaked key). Each node reads the keys
/// again after <see cref="KeyCacheLifetime"/>, so a rotation reaches every node within that time.
/// </summary>
public sealed class AccessTokens(CloudDbFactory databases, CloudOptions options, TimeProvider clock)
{
    public static readonly TimeSpan KeyCacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private volatile SigningKeys? keys;

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
        var signature = HMACSHA256.HashData((await KeysAsync(cancellationToken)).Current, Encoding.ASCII.GetBytes(body));
        return ($"{body}.{DeviceToken.Base64Url(signature)}", DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt));
    }

    /// <summary>The claims of a token whose signature is good (expiry is the caller's check); null for anything else.</summary>
    public async Task<AccessTokenClaims?> VerifyAsync(string token, CancellationToken cancellationToken) =>
        Verify(token, await KeysAsync(cancellationToken));

    /// <summary>
    /// A new signing key. The old one keeps verifying the tokens it signed until they expire, unless
    /// <paramref name="dropPrevious"/> (the key leaked): then every outstanding token fails and devices fetch a new one
    /// with their credential (one 401, one refresh). Other nodes follow within <see cref="KeyCacheLifetime"/>.
    /// </summary>
    public async Task RotateAsync(bool dropPrevious, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var rows = await db.Meta.Where(m => m.Key == ServerMeta.AccessTokenKey || m.Key == ServerMeta.PreviousAccessTokenKey).ToListAsync(cancellationToken);
        var current = rows.FirstOrDefault(m => m.Key == ServerMeta.AccessTokenKey);
        var previous = rows.FirstOrDefault(m => m.Key == ServerMeta.PreviousAccessTokenKey);
        if (previous is not null)
        {
            db.Meta.Remove(previous);
        }

        if (current is not null)
        {
            db.Meta.Remove(current);
            if (!dropPrevious)
            {
                db.Meta.Add(new ServerMeta { Key = ServerMeta.PreviousAccessTokenKey, Value = current.Value });
            }
        }

        db.Meta.Add(new ServerMeta { Key = ServerMeta.AccessTokenKey, Value = NewKey() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        keys = null;
    }

    /// <summary>
    /// The claims of a token whose signature is good under the signing keys already in memory, without any database
    /// read: the rate limiter's partitioner is synchronous and runs before authentication. Null until the first token
    /// was verified or issued on this node, and for anything not signed by us (the caller then keys by address).
    /// </summary>
    public AccessTokenClaims? VerifyCached(string token) => keys is { } cached ? Verify(token, cached) : null;

    private static AccessTokenClaims? Verify(string token, SigningKeys keys)
    {
        var dot = token.LastIndexOf('.');
        if (!token.StartsWith(DeviceCredentials.AccessTokenPrefix, StringComparison.Ordinal) || dot <= DeviceCredentials.AccessTokenPrefix.Length
            || FromBase64Url(token[(dot + 1)..]) is not { } presented)
        {
            return null;
        }

        var signed = Encoding.ASCII.GetBytes(token[..dot]);
        return keys.All.Any(k => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(k, signed), presented)) ? Read(token) : null;
    }

    /// <summary>The claims without checking the signature (the caller checked it).</summary>
    private static AccessTokenClaims? Read(string token)
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

    private async Task<SigningKeys> KeysAsync(CancellationToken cancellationToken)
    {
        if (keys is { } cached && clock.GetUtcNow() < cached.ReadAt + KeyCacheLifetime)
        {
            return cached;
        }

        await using var db = databases.Create();
        var rows = await db.Meta.AsNoTracking().Where(m => m.Key == ServerMeta.AccessTokenKey || m.Key == ServerMeta.PreviousAccessTokenKey)
            .ToDictionaryAsync(m => m.Key, m => m.Value, cancellationToken);
        if (!rows.TryGetValue(ServerMeta.AccessTokenKey, out var current))
        {
            current = await CreateFirstKeyAsync(cancellationToken);
        }

        var previous = rows.TryGetValue(ServerMeta.PreviousAccessTokenKey, out var old) ? Convert.FromBase64String(old) : null;
        var read = new SigningKeys(Convert.FromBase64String(current), previous, clock.GetUtcNow());
        keys = read;
        return read;
    }

    private async Task<string> CreateFirstKeyAsync(CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        var row = new ServerMeta { Key = ServerMeta.AccessTokenKey, Value = NewKey() };
        db.Meta.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return row.Value;
        }
        catch (DbUpdateException)
        {
            // Another node made the key first: everyone must sign with that one.
            await using var again = databases.Create();
            return (await again.Meta.AsNoTracking().FirstAsync(m => m.Key == ServerMeta.AccessTokenKey, cancellationToken)).Value;
        }
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static byte[]? FromBase64Url(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        base64 += (base64.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>The keys as read at <see cref="ReadAt"/>: sign with Current, accept Current or Previous.</summary>
    private sealed record SigningKeys(byte[] Current, byte[]? Previous, DateTimeOffset ReadAt)
    {
        public IEnumerable<byte[]> All => Previous is null ? [Current] : [Current, Previous];
    }
}
