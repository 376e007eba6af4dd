namespace AmisModular.SyncHost.Instance;

/// <summary>
/// One sync host per store: the lock file is held open with FileShare.None for the life of the process, so the
/// operating system releases it even when the process is killed (a stale file on disk is not a held lock).
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream _stream;

    private StoreLock(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    /// <exception cref="StoreAlreadyServedException">Another process holds the lock.</exception>
    public static StoreLock Acquire(SyncHostFiles files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(files.LockPath))!);
        try
        {
            var stream = new FileStream(files.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new StoreLock(stream);
        }
        catch (IOException ex)
        {
            throw new StoreAlreadyServedException(files.StorePath, files.LockPath, ex);
        }
    }

    public void Dispose() => _stream.Dispose();
}
