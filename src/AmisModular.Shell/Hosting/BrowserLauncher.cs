using System.Diagnostics;

namespace AmisModular.Shell.Hosting;

/// <summary>Shows the shell in a browser window: app mode (no tabs, no address bar) when a Chromium-family browser is found.</summary>
public static class BrowserLauncher
{
    private static readonly string[] AppModeBrowsers =
    [
        "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge", "microsoft-edge-stable", "msedge", "chrome",
    ];

    private static readonly string[] WindowsBrowsers =
    [
        @"Microsoft\Edge\Application\msedge.exe",
        @"Google\Chrome\Application\chrome.exe",
    ];

    /// <summary>Starts the browser; returns a description of what was started, for the log.</summary>
    public static string Open(Uri url)
    {
        var appBrowser = FindAppModeBrowser();
        if (appBrowser is not null)
        {
            using var process = Process.Start(new ProcessStartInfo(appBrowser) { ArgumentList = { $"--app={url}" }, UseShellExecute = false });
            return $"{appBrowser} --app={url}";
        }

        if (OperatingSystem.IsLinux())
        {
            using var process = Process.Start(new ProcessStartInfo("xdg-open") { ArgumentList = { url.ToString() }, UseShellExecute = false });
            return $"xdg-open {url}";
        }

        using var shell = Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
        return $"default browser {url}";
    }

    internal static string? FindAppModeBrowser()
    {
        if (OperatingSystem.IsWindows())
        {
            var roots = new[]
            {
                Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86),
                Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles),
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData),
            };
            var found = roots.SelectMany(r => WindowsBrowsers.Select(b => Path.Combine(r, b))).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                return found;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe" } : new[] { string.Empty };
        return AppModeBrowsers
            .SelectMany(name => path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(dir => extensions.Select(ext => Path.Combine(dir, name + ext))))
            .FirstOrDefault(File.Exists);
    }
}
