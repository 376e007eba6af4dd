namespace AmisModular.Sync.Protocol.Auth;

/// <summary>The access token: a bearer for every sync request until <see cref="ExpiresIn"/> seconds from now.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, DateTimeOffset ExpiresAt);
