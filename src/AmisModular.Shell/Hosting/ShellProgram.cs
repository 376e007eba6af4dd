using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Hosting;

/// <summary>The shell executable: single instance per data folder, loopback only, opens the browser.</summary>
public static class ShellProgram
{
    /// <summary>Printed on standard output once the shell listens, for scripts and tests.</summary>
    public const string ListeningPrefix = "AMIS_SHELL_URL=";

    public static async Task<int> RunAsync(string[] args)
    {
        ShellStartOptions options;
        string[] configurationArgs;
        try
        {
            (options, configurationArgs) = ShellCommandLine.Parse(args);
        }
        catch (ShellCommandLineException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        using var guard = SingleInstanceGuard.TryAcquire(options.DataDirectory);
        if (guard is null)
        {
            return await HandOverAsync(options);
        }

        var builder = ShellApplication.CreateBuilder(options, configurationArgs);
        await using var app = ShellApplication.Build(builder);
        await ShellApplication.InitializeStoresAsync(app.Services);
        await app.StartAsync();

        var url = ListeningUrl(app);
        guard.Publish(url);
        Console.WriteLine(ListeningPrefix + url);
        if (options.OpenBrowser)
        {
            TryOpen(url);
        }

        await app.WaitForShutdownAsync();
        return 0;
    }

    private static async Task<int> HandOverAsync(ShellStartOptions options)
    {
        var running = await SingleInstanceGuard.FindRunningAsync(options.DataDirectory, TimeSpan.FromSeconds(15));
        if (running is null)
        {
            await Console.Error.WriteLineAsync($"Another shell holds {options.DataDirectory} but published no address.");
            return 1;
        }

        Console.WriteLine($"AmisModular is already running: {running}");
        Console.WriteLine(ListeningPrefix + running);
        if (options.OpenBrowser)
        {
            TryOpen(running);
        }

        return 0;
    }

    private static void TryOpen(Uri url)
    {
        try
        {
            Console.WriteLine("Opened: " + BrowserLauncher.Open(url));
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"Could not open a browser ({e.Message}); open {url} yourself.");
        }
    }

    private static Uri ListeningUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }
}
