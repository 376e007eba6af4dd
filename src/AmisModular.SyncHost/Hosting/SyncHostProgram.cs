using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Enrollment;
using AmisModular.SyncHost.Instance;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Hosting;

/// <summary>The process (<c>amis-sync</c>, or <c>amis-sync enroll ...</c>): one per store (the lock is taken before anything heavy), then the Generic Host.</summary>
public static class SyncHostProgram
{
    /// <param name="platform">Adds platform services (the Win32 tray) before the sync host is composed.</param>
    public static async Task<int> RunAsync(string[] args, Action<IHostApplicationBuilder>? platform = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == EnrollCommand.Name)
        {
            return await EnrollCommand.RunAsync(args[1..], Console.Out, Console.Error);
        }

        var builder = Host.CreateApplicationBuilder(args);
        var files = new SyncHostFiles(SyncHostBuilderExtensions.ReadOptions(builder.Configuration).StorePath!);
        StoreLock storeLock;
        try
        {
            storeLock = StoreLock.Acquire(files);
        }
        catch (StoreAlreadyServedException ex)
        {
            var running = ControlDiscovery.TryRead(files.DiscoveryPath);
            await Console.Error.WriteLineAsync(running is null ? ex.Message : $"{ex.Message} (pid {running.Pid}, {running.Url})");
            return ExitCodes.AlreadyRunning;
        }

        using (storeLock)
        {
            platform?.Invoke(builder);
            builder.AddSyncHost();
            using var host = builder.Build();
            await host.RunAsync();
            return ExitCodes.Ok;
        }
    }
}
