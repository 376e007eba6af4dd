namespace AmisModular.Sync.Protocol.Auth;

/// <summary>
/// POST /sync/v1/token (OAuth2 client-credentials style): the long-lived device credential, sent only here, traded for
/// a short-lived access token that every other request carries.
/// </summary>
public sealed record TokenRequest(string Credential);
