using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Hosting;

/// <summary>Starts the shell for "Open AmisModular".</summary>
public sealed class ShellLauncher(IOptions<SyncHostOptions> options)
{
    /// <returns>Null when started, else the reason a person can read.</returns>
    public string? TryLaunch()
    {
        var command = options.Value.ShellCommand;
        if (string.IsNullOrWhiteSpace(command))
        {
            return "Chưa cấu hình đường dẫn AmisModular (SyncHost:ShellCommand). / The AmisModular path is not configured (SyncHost:ShellCommand).";
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(command) { UseShellExecute = true });
            return null;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            return $"Không mở được AmisModular '{command}': {ex.Message} / Could not start AmisModular '{command}': {ex.Message}";
        }
    }
}
