using System.Diagnostics;
using System.Text;

namespace AmisModular.Shell.Tests.Browser;

/// <summary>The real shell executable started as a child process, in Production, on a free 127.0.0.1 port.</summary>
internal sealed class ShellProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private bool disposed;

    private ShellProcess(Process process, string dataDirectory)
    {
        this.process = process;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public Uri Url { get; private set; } = default!;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static Task<ShellProcess> StartAsync(TestInstallation installation, params string[] extraArgs) =>
        StartAsync(installation.DataDirectory, installation.Environment, extraArgs);

    /// <summary>For installations other than <see cref="TestInstallation"/> (e.g. the reports tests' own).</summary>
    public static Task<ShellProcess> StartWithEnvironmentAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment) =>
        StartAsync(dataDirectory, environment, []);

    public static Task<ShellProcess> StartAsync(string dataDirectory, params string[] extraArgs) =>
        StartAsync(dataDirectory, new Dictionary<string, string>(), extraArgs);

    private static async Task<ShellProcess> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string> environment, string[] extraArgs)
    {
        var shell = Launch(dataDirectory, environment, extraArgs);
        shell.Url = await shell.WaitForUrlAsync(TimeSpan.FromSeconds(60))
            ?? throw new InvalidOperationException("The shell did not start:\n" + shell.Output);
        return shell;
    }

    /// <summary>Starts a process and waits for it to exit (the second-instance case).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string dataDirectory, params string[] extraArgs)
    {
        await using var shell = Launch(dataDirectory, new Dictionary<string, string>(), extraArgs);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await shell.process.WaitForExitAsync(timeout.Token);
        shell.process.WaitForExit();
        return (shell.process.ExitCode, shell.Output);
    }

    private static ShellProcess Launch(string dataDirectory, IReadOnlyDictionary<string, string> environment, string[] extraArgs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestPaths.ShellDll);
        foreach (var arg in new[] { "--no-browser", "--port", "0", "--data-dir", dataDirectory }.Concat(extraArgs))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var shell = new ShellProcess(process, dataDirectory);
        process.OutputDataReceived += (_, e) => shell.Append(e.Data);
        process.ErrorDataReceived += (_, e) => shell.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return shell;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private async Task<Uri?> WaitForUrlAsync(TimeSpan wait)
    {
        var deadline = DateTime.UtcNow + wait;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            var line = Output.Split('\n').FirstOrDefault(l => l.StartsWith(AmisModular.Shell.Hosting.ShellProgram.ListeningPrefix, StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line[AmisModular.Shell.Hosting.ShellProgram.ListeningPrefix.Length..].Trim());
            }

            await Task.Delay(100);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
