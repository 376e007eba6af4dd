namespace AmisModular.Cloud.Auth;

/// <summary>
/// What an access token says. <see cref="CredentialId"/> fingerprints the device secret it was issued for, so a token
/// stops working when the secret is rotated (a retried enrollment), not only when it expires.
/// </summary>
/// <param name="IssuedAt">Unix seconds.</param>
/// <param name="ExpiresAt">Unix seconds.</param>
public sealed record AccessTokenClaims(Guid DeviceId, Guid TenantId, Guid BookId, int Epoch, string CredentialId, long IssuedAt, long ExpiresAt);
