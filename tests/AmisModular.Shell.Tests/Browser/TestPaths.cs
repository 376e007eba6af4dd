namespace AmisModular.Shell.Tests.Browser;

/// <summary>Where the built shell and sample module are, for the configuration these tests were built in.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Debug or Release: the folder name two levels above the test assembly (bin/{config}/net10.0).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string ShellDll => Path.Combine(RepoRoot, "src", "AmisModular.Shell", "bin", Configuration, "net10.0", "AmisModular.Shell.dll");

    public static string SampleModuleOutput => Path.Combine(RepoRoot, "tests", "AmisModular.Shell.Tests", "SampleModule", "bin", Configuration, "net10.0");

    public static string Screenshots { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots")).FullName;

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AmisModular.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("AmisModular.sln not found above " + AppContext.BaseDirectory);
    }
}
