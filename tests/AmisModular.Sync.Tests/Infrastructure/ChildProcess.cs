using System.Diagnostics;
using System.Threading.Channels;

namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>A real child process (<c>dotnet some.dll args</c>) whose stdout lines a test can wait for, and kill.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly Channel<string> lines = Channel.CreateUnbounded<string>();

    private ChildProcess(Process process) => this.process = process;

    public static ChildProcess Start(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        child.process.OutputDataReceived += (_, e) => child.Forward(e.Data);
        child.process.ErrorDataReceived += (_, e) => child.Forward(e.Data);
        child.process.Start();
        child.process.BeginOutputReadLine();
        child.process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The build output of a sibling project, in the configuration this test assembly was built in.</summary>
    public static string ProjectDll(string relativeProjectDir, string name)
    {
        var baseDir = AppContext.BaseDirectory;
        var configuration = baseDir.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var root = new DirectoryInfo(baseDir);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AmisModular.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("AmisModular.sln not found above " + baseDir),
            relativeProjectDir, "bin", configuration, "net10.0", name + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build the project first.", dll);
    }

    public List<string> Output { get; } = [];

    /// <summary>Waits for a stdout/stderr line matching <paramref name="match"/>; fails if the process exits first.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in lines.Reader.ReadAllAsync(cancel.Token))
            {
                if (match(line))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // reported below with the output
        }

        throw new TimeoutException("Child process never printed the expected line. Output:\n" + string.Join('\n', Output.TakeLast(30)));
    }

    /// <summary>Process.Kill: no finally blocks, no disposal, no flush — what a power cut or task manager does.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private void Forward(string? line)
    {
        if (line is null)
        {
            lines.Writer.TryComplete();
            return;
        }

        lock (Output)
        {
            Output.Add(line);
        }

        lines.Writer.TryWrite(line);
    }
}
