using System.Diagnostics;
using AmisModular.SyncHost.Instance;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Hosting;

/// <summary>
/// Starts the shell for "Open AmisModular" on the store this host serves: <c>SyncHost:ShellCommand</c>, else the shell
/// installed beside the sync host. The shell gets <c>--data-dir</c> of this host's store, so it never opens another
/// company's books; a shell already running on that folder is not started twice — the new process hands over to it and
/// brings its window up (the shell's single-instance rule).
/// </summary>
public sealed class ShellLauncher(IOptions<SyncHostOptions> options, SyncHostFiles files)
{
    /// <summary>The shell's executable name, as the shell project builds it.</summary>
    public const string ShellExecutable = "AmisModular.Shell";

    /// <returns>Null when started, else the reason a person can read.</returns>
    public string? TryLaunch()
    {
        var command = options.Value.ShellCommand is { Length: > 0 } configured ? configured : BesideHost();
        if (command is null)
        {
            return $"Không thấy AmisModular cạnh trình đồng bộ ({AppContext.BaseDirectory}); đặt SyncHost:ShellCommand. / AmisModular was not found beside the sync host ({AppContext.BaseDirectory}); set SyncHost:ShellCommand.";
        }

        var start = new ProcessStartInfo(command) { UseShellExecute = false };
        if (DataDirectory(files.StorePath) is { } dataDirectory)
        {
            start.ArgumentList.Add("--data-dir");
            start.ArgumentList.Add(dataDirectory);
        }

        try
        {
            using var process = Process.Start(start);
            return null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"Không mở được AmisModular '{command}': {ex.Message} / Could not start AmisModular '{command}': {ex.Message}";
        }
    }

    /// <summary>The data folder of a store at the shell's layout (<c>&lt;data&gt;/store/amis.db</c>); null for any other path.</summary>
    public static string? DataDirectory(string storePath)
    {
        var file = Path.GetFullPath(storePath);
        var folder = Path.GetDirectoryName(file);
        return Path.GetFileName(file) == "amis.db" && Path.GetFileName(folder) == "store" ? Path.GetDirectoryName(folder) : null;
    }

    private static string? BesideHost()
    {
        var path = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? ShellExecutable + ".exe" : ShellExecutable);
        return File.Exists(path) ? path : null;
    }
}
