using AmisModular.Cloud.Auth;

namespace AmisModular.Cloud.Hosting;

/// <summary>
/// The rate limiter's partition. A device presenting an access token with our signature gets its own bucket; every
/// other caller (no token, a credential at the token endpoint, a forged or foreign token) shares the bucket of its
/// network address, so made-up device ids cannot mint a fresh bucket per request. The signature is checked with the
/// keys this node already holds (the partitioner is synchronous and runs before authentication); a node that has not
/// read its keys yet keys its first requests by address.
/// </summary>
public static class RateLimitKey
{
    public static string For(HttpContext http, AccessTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        var authorization = http.Request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.Ordinal) && tokens.VerifyCached(authorization[7..]) is { } claims
            ? "device:" + claims.DeviceId.ToString("N")
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
