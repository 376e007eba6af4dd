using AmisModular.SyncHost.Instance;
using AmisModular.SyncHost.Tests.Support;

namespace AmisModular.SyncHost.Tests.Instance;

public sealed class StoreLockTests
{
    [Fact]
    public void Acquire_Twice_SecondIsRefusedNamingTheStore()
    {
        using var folder = new TempDirectory();
        var files = new SyncHostFiles(folder.File("store.db"));
        using var first = StoreLock.Acquire(files);

        var ex = Assert.Throws<StoreAlreadyServedException>(() => StoreLock.Acquire(files));

        Assert.Equal(files.StorePath, ex.StorePath);
        Assert.Contains("Another sync host is already running", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Acquire_AfterRelease_Succeeds()
    {
        using var folder = new TempDirectory();
        var files = new SyncHostFiles(folder.File("store.db"));
        StoreLock.Acquire(files).Dispose();

        using var again = StoreLock.Acquire(files);

        Assert.True(File.Exists(files.LockPath));
    }
}
