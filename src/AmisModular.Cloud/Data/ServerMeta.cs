namespace AmisModular.Cloud.Data;

/// <summary>Key/value facts about this server database, e.g. its epoch (a new one after a restore).</summary>
public sealed class ServerMeta
{
    public const string EpochKey = "server-epoch";

    /// <summary>The HMAC key of access tokens (base64, 32 bytes), shared by every node over this database.</summary>
    public const string AccessTokenKey = "access-token-key";

    /// <summary>The key before the last rotation: tokens it signed stay valid until they expire (dropped on a forced rotation).</summary>
    public const string PreviousAccessTokenKey = "access-token-key-previous";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
