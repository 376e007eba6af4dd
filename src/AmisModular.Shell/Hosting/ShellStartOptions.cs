namespace AmisModular.Shell.Hosting;

/// <summary>What the command line chose.</summary>
/// <param name="Port">0 = a free port chosen by the OS.</param>
/// <param name="SessionMinutes">Idle minutes before the sign-in expires (sliding); null = configuration / 30.</param>
public sealed record ShellStartOptions(int Port, string DataDirectory, bool OpenBrowser, double? SessionMinutes)
{
    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.Create), "AmisModular");
}
