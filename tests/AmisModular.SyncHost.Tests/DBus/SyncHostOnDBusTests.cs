using AmisModular.SyncHost.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Tests.DBus;

/// <summary>The whole host on a real session bus: a tray host (watcher) and a notification server, both real D-Bus peers.</summary>
[Collection(DBusBus.Name)]
public sealed class SyncHostOnDBusTests(DBusDaemonFixture bus)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Start_WithWatcher_RegistersItemAndMenuSyncNowReachesController()
    {
        using var folder = new TempDirectory();
        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        var controller = new RecordingSyncController();
        using var host = StartHost(folder, controller);
        await host.StartAsync();
        try
        {
            var (service, _) = await watcher.Registered.WaitAsync(Wait);
            Assert.StartsWith("org.kde.StatusNotifierItem-", service);
            var menuPath = await TrayHostCalls.GetStringPropertyAsync(watcher.Connection, service, "Menu");
            var menu = await TrayHostCalls.GetMenuAsync(watcher.Connection, service, menuPath);
            Assert.Equal(
                ["Đồng bộ ngay / Sync now", "Tải chứng từ / Download documents", "Mở AmisModular / Open AmisModular", "Tạm dừng / Pause", "Thoát / Quit"],
                menu.Select(m => m.Label));

            await TrayHostCalls.ClickAsync(watcher.Connection, service, menuPath, menu.Single(m => m.Label.Contains("Sync now", StringComparison.Ordinal)).Id);

            await controller.SyncNowCalled.Task.WaitAsync(Wait);
            Assert.Equal(1, controller.SyncNowCalls);
            Assert.Equal(0, controller.DownloadCalls);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task MenuPause_ThenLayout_OffersResumeAndDisablesSyncNow()
    {
        using var folder = new TempDirectory();
        await using var watcher = await TestStatusNotifierWatcher.StartAsync(bus.Address);
        var controller = new RecordingSyncController();
        using var host = StartHost(folder, controller);
        await host.StartAsync();
        try
        {
            var (service, _) = await watcher.Registered.WaitAsync(Wait);
            var menu = await TrayHostCalls.GetMenuAsync(watcher.Connection, service, "/MenuBar");
            await TrayHostCalls.ClickAsync(watcher.Connection, service, "/MenuBar", menu.Single(m => m.Label.Contains("Pause", StringComparison.Ordinal)).Id);

            var after = await PollAsync(() => TrayHostCalls.GetMenuAsync(watcher.Connection, service, "/MenuBar"), m => m.Any(i => i.Label.Contains("Resume", StringComparison.Ordinal)));

            Assert.True(controller.Current.IsPaused);
            Assert.Contains(after, i => i.Label == "Tiếp tục / Resume");
            Assert.False(after.Single(i => i.Label.Contains("Sync now", StringComparison.Ordinal)).Enabled);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Fact]
    public async Task StatusChange_DocumentsWaitingWhileOnline_NotifiesOnceThroughNotificationServer()
    {
        using var folder = new TempDirectory();
        await using var server = await TestNotificationServer.StartAsync(bus.Address);
        var controller = new RecordingSyncController();
        using var host = StartHost(folder, controller);
        await host.StartAsync();
        try
        {
            controller.Set(controller.Current with { PendingUploads = 5 });
            controller.Set(controller.Current with { PendingUploads = 6 });
            controller.Set(controller.Current with { PendingUploads = 7 });

            var received = await server.NextAsync(Wait);
            Assert.Equal("Có chứng từ chờ gửi / Documents waiting to upload", received.Summary);
            Assert.Contains("5 chứng từ", received.Body, StringComparison.Ordinal);
            Assert.True(await server.StaysQuietAsync(TimeSpan.FromSeconds(1)), "the next counts inside the interval must be held, not shown");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private IHost StartHost(TempDirectory folder, RecordingSyncController controller) =>
        TestHosts.Build(folder, controller, new Dictionary<string, string?>
        {
            ["SyncHost:Tray:Mode"] = "dbus",
            ["SyncHost:Tray:DBusAddress"] = bus.Address,
        });

    private static async Task<T> PollAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(50);
        }
    }
}
