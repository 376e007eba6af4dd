namespace AmisModular.Shell.Hosting;

/// <summary>
/// One shell per user data folder: the running shell holds an exclusive lock on <c>shell.lock</c> (released by the
/// OS if it dies) and writes its URL to <c>shell.url</c>; a second start finds the lock taken and reads the URL.
/// </summary>
public sealed class SingleInstanceGuard : IDisposable
{
    private const string LockFile = "shell.lock";
    private const string UrlFile = "shell.url";
    private readonly FileStream lockStream;
    private readonly string folder;

    private SingleInstanceGuard(FileStream lockStream, string folder)
    {
        this.lockStream = lockStream;
        this.folder = folder;
    }

    /// <summary>The guard when this process is the only shell on the folder; null when another one holds it.</summary>
    public static SingleInstanceGuard? TryAcquire(string folder)
    {
        Directory.CreateDirectory(folder);
        try
        {
            var stream = new FileStream(Path.Combine(folder, LockFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            File.Delete(Path.Combine(folder, UrlFile));
            return new SingleInstanceGuard(stream, folder);
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The running shell's URL; waits a little for a shell that is still starting. Null if none appears.</summary>
    public static async Task<Uri?> FindRunningAsync(string folder, TimeSpan wait, CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(folder, UrlFile);
        var deadline = DateTime.UtcNow + wait;
        do
        {
            if (File.Exists(path) && Uri.TryCreate((await File.ReadAllTextAsync(path, cancellationToken)).Trim(), UriKind.Absolute, out var url))
            {
                return url;
            }

            await Task.Delay(200, cancellationToken);
        }
        while (DateTime.UtcNow < deadline);
        return null;
    }

    public void Publish(Uri url)
    {
        var path = Path.Combine(folder, UrlFile);
        File.WriteAllText(path + ".tmp", url.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(folder, UrlFile));
        }
        catch (IOException)
        {
            // The next start overwrites it anyway.
        }

        lockStream.Dispose();
    }
}
