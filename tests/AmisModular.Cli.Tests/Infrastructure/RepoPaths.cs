namespace AmisModular.Cli.Tests.Infrastructure;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AmisModular.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AmisModular.sln not found above " + AppContext.BaseDirectory);
    }
}
