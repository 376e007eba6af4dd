using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Auth;

namespace AmisModular.Cloud.Auth;

/// <summary>POST /sync/v1/token: the device credential (in the body, never in a URL) → a short-lived access token.</summary>
public static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(TokenRequest request, CloudDbFactory databases, DeviceAuthenticator authenticator, AccessTokens tokens,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(databases);
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(tokens);
        await using var db = databases.Create();
        var (device, failure) = await authenticator.AuthenticateCredentialAsync(request.Credential, db, cancellationToken);
        if (failure is not null)
        {
            return failure;
        }

        var (token, expiresAt) = await tokens.IssueAsync(device!, cancellationToken);
        return SyncResults.Ok(new TokenResponse(token, "Bearer", (int)tokens.Lifetime.TotalSeconds, expiresAt));
    }
}
