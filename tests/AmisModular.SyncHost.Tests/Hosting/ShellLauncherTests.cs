using AmisModular.SyncHost.Hosting;

namespace AmisModular.SyncHost.Tests.Hosting;

public sealed class ShellLauncherTests
{
    [Fact]
    public void DataDirectory_StoreAtTheShellsLayout_IsTheFolderAboveStore()
    {
        var data = Path.Combine(Path.GetTempPath(), "Công ty A");

        Assert.Equal(data, ShellLauncher.DataDirectory(Path.Combine(data, "store", "amis.db")));
    }

    [Theory]
    [InlineData("khac", "amis.db")]
    [InlineData("store", "other.db")]
    public void DataDirectory_StoreElsewhere_IsUnknownSoTheShellKeepsItsOwn(string folder, string file)
    {
        Assert.Null(ShellLauncher.DataDirectory(Path.Combine(Path.GetTempPath(), "x", folder, file)));
    }
}
