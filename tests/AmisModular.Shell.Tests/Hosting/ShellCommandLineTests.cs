using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Tests.Hosting;

public sealed class ShellCommandLineTests
{
    [Fact]
    public void Parse_OwnOptions_RestGoesToConfiguration()
    {
        var (options, rest) = ShellCommandLine.Parse(["--port", "5123", "--no-browser", "--data-dir", "/tmp/x", "--Shell:SessionMinutes=5", "--session-minutes", "0.5"]);

        Assert.Equal(new ShellStartOptions(5123, Path.GetFullPath("/tmp/x"), false, 0.5), options);
        Assert.Equal(["--Shell:SessionMinutes=5"], rest);
    }

    [Fact]
    public void Parse_Nothing_FreePortAppDataFolderBrowser()
    {
        var (options, _) = ShellCommandLine.Parse([]);

        Assert.Equal(0, options.Port);
        Assert.True(options.OpenBrowser);
        Assert.EndsWith("AmisModular", options.DataDirectory, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--port", "70000", "--port")]
    [InlineData("--port", "abc", "--port")]
    [InlineData("--session-minutes", "0", "--session-minutes")]
    public void Parse_BadValue_NamesTheOption(string option, string value, string named)
    {
        var e = Assert.Throws<ShellCommandLineException>(() => ShellCommandLine.Parse([option, value]));
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingValue_Refused() =>
        Assert.Throws<ShellCommandLineException>(() => ShellCommandLine.Parse(["--data-dir", "--no-browser"]));

    [Fact]
    public void SingleInstanceGuard_SecondAcquire_Null_UntilFirstDisposed()
    {
        var folder = Directory.CreateTempSubdirectory("amis-shell-lock-").FullName;
        try
        {
            using (var first = SingleInstanceGuard.TryAcquire(folder))
            {
                Assert.NotNull(first);
                Assert.Null(SingleInstanceGuard.TryAcquire(folder));
            }

            using var again = SingleInstanceGuard.TryAcquire(folder);
            Assert.NotNull(again);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
