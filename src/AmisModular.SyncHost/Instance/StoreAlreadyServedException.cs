namespace AmisModular.SyncHost.Instance;

/// <summary>Another sync host already serves this store (it holds the lock file).</summary>
public sealed class StoreAlreadyServedException(string storePath, string lockPath, Exception inner)
    : Exception(
        $"Một tiến trình đồng bộ khác đang chạy cho kho dữ liệu '{storePath}' (khóa '{lockPath}'). / " +
        $"Another sync host is already running for store '{storePath}' (lock '{lockPath}').", inner)
{
    public string StorePath { get; } = storePath;

    public string LockPath { get; } = lockPath;
}
