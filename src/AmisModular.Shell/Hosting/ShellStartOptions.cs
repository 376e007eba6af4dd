namespace AmisModular.Shell.Hosting;

/// <summary>What the command line chose.</summary>
/// <param name="Port">0 = a free port chosen by the OS.</param>
/// <param name="SessionMinutes">Idle minutes before the sign-in expires (sliding); null = configuration / 30.</param>
public sealed record ShellStartOptions(int Port, string DataDirectory, bool OpenBrowser, double? SessionMinutes)
{
    /// <summary>Without --data-dir: AMIS_DATA_DIR, else the per-user app-data folder + AmisModular, as the `amis` CLI resolves it.</summary>
    public static string DefaultDataDirectory() =>
        Modularity.Hosting.InstallationPaths.Resolve(new Modularity.Hosting.InstallationPathsRequest()).DataDirectory;
}
