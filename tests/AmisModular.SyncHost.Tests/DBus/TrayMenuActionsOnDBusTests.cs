using AmisModular.SyncHost.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Tests.DBus;

/// <summary>
/// The tray menu's other items, clicked as a desktop's tray host clicks them (com.canonical.dbusmenu Event over a real
/// session bus): Download documents, Open AmisModular (a real process is started) and Quit.
/// </summary>
[Collection(DBusBus.Name)]
public sealed class TrayMenuActionsOnDBusTests(DBusDaemonFixture bus)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task MenuDownloadDocuments_RunsTheDownloadNotAFullSync()
    {
        using var folder = new TempDirectory();
        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        var controller = new RecordingSyncController();
        using var host = StartHost(folder, controller);
        await host.StartAsync();
        try
        {
            await ClickAsync(watcher, "Download documents");

            await controller.DownloadCalled.Task.WaitAsync(Wait);
            Assert.Equal((1, 0), (controller.DownloadCalls, controller.SyncNowCalls));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task MenuOpen_StartsTheShellOnTheDataFolderOfThisHostsStore()
    {
        using var folder = new TempDirectory();
        var data = Path.Combine(folder.Path, "Công ty A");
        Directory.CreateDirectory(Path.Combine(data, "store"));
        var arguments = folder.File("shell-arguments.txt");
        var shell = folder.File("fake-shell.sh");
        await File.WriteAllTextAsync(shell, $"#!/bin/sh\nprintf '%s\\n' \"$@\" > '{arguments}.tmp' && mv '{arguments}.tmp' '{arguments}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shell, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        using var host = StartHost(folder, new RecordingSyncController(), new()
        {
            ["SyncHost:StorePath"] = Path.Combine(data, "store", "amis.db"),
            ["SyncHost:ShellCommand"] = shell,
        });
        await host.StartAsync();
        try
        {
            await ClickAsync(watcher, "Open AmisModular");

            Assert.True(await EventuallyAsync(() => File.Exists(arguments)), "the shell was not started");
            Assert.Equal(["--data-dir", data], await File.ReadAllLinesAsync(arguments));
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task MenuOpen_ShellCannotBeStarted_TheNotificationSaysWhich()
    {
        using var folder = new TempDirectory();
        var missing = folder.File("no-such-shell");
        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        await using var notifications = await TestNotificationServer.StartAsync(bus.Address);
        using var host = StartHost(folder, new RecordingSyncController(), new() { ["SyncHost:ShellCommand"] = missing });
        await host.StartAsync();
        try
        {
            await ClickAsync(watcher, "Open AmisModular");

            var shown = await notifications.NextAsync(Wait);
            Assert.Equal("Mở AmisModular / Open AmisModular", shown.Summary);
            Assert.Contains($"Could not start AmisModular '{missing}'", shown.Body, StringComparison.Ordinal);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task MenuQuit_StopsTheHost()
    {
        using var folder = new TempDirectory();
        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        using var host = StartHost(folder, new RecordingSyncController());
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult);
        await host.StartAsync();
        try
        {
            Assert.False(stopping.Task.IsCompleted);

            await ClickAsync(watcher, "Quit");

            await stopping.Task.WaitAsync(Wait);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static async Task ClickAsync(TestStatusNotifierWatcher watcher, string label)
    {
        var (service, _) = await watcher.Registered.WaitAsync(Wait);
        var menuPath = await TrayHostCalls.GetStringPropertyAsync(watcher.Connection, service, "Menu");
        var menu = await TrayHostCalls.GetMenuAsync(watcher.Connection, service, menuPath);
        await TrayHostCalls.ClickAsync(watcher.Connection, service, menuPath, menu.Single(m => m.Label.EndsWith(label, StringComparison.Ordinal)).Id);
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return condition();
    }

    private IHost StartHost(TempDirectory folder, RecordingSyncController controller, Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["SyncHost:Tray:Mode"] = "dbus",
            ["SyncHost:Tray:DBusAddress"] = bus.Address,
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return TestHosts.Build(folder, controller, all);
    }
}
