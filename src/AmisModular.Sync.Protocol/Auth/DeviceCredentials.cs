namespace AmisModular.Sync.Protocol.Auth;

/// <summary>
/// Tells a device credential (<c>amd1.{deviceId}.{secret}</c>, long-lived, only for <see cref="SyncRoutes.Token"/>)
/// from an access token (<c>amt1.…</c>, short-lived, the bearer of every other request).
/// </summary>
public static class DeviceCredentials
{
    public const string CredentialPrefix = "amd1.";

    public const string AccessTokenPrefix = "amt1.";

    public static bool IsCredential(string? value) => value is not null && value.StartsWith(CredentialPrefix, StringComparison.Ordinal);
}
