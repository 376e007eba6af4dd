namespace AmisModular.SyncHost.Instance;

/// <summary>The files the sync host keeps beside the local store: one host per store, found by the shell.</summary>
public sealed record SyncHostFiles(string StorePath)
{
    public string LockPath => StorePath + ".sync-host.lock";

    /// <summary>JSON {url, pid} of the running host's control endpoint.</summary>
    public string DiscoveryPath => StorePath + ".sync-host.json";

    /// <summary>The per-installation bearer secret, readable only by the user.</summary>
    public string SecretPath => Path.Combine(Path.GetDirectoryName(Path.GetFullPath(StorePath))!, "sync-host.secret");
}
