namespace AmisModular.SyncHost.Engine;

/// <summary>The cloud address saved beside the store by <c>amis-sync enroll</c>, so the resident host finds it again.</summary>
public static class CloudAddressFile
{
    public static string PathFor(string storePath) => storePath + ".sync-cloud";

    public static void Write(string storePath, Uri cloud)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var path = PathFor(storePath);
        File.WriteAllText(path + ".tmp", cloud.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <returns>Null when nothing was saved or the file does not hold an absolute http(s) address.</returns>
    public static Uri? TryRead(string storePath)
    {
        var path = PathFor(storePath);
        return File.Exists(path) && Uri.TryCreate(File.ReadAllText(path).Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : null;
    }
}
