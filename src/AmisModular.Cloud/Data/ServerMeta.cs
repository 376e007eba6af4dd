namespace AmisModular.Cloud.Data;

/// <summary>Key/value facts about this server database, e.g. its epoch (a new one after a restore).</summary>
public sealed class ServerMeta
{
    public const string EpochKey = "server-epoch";

    public string Key { get; set; } = "";

    public string Value { get; set; } = "";
}
