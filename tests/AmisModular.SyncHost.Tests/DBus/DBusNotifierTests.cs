using AmisModular.SyncHost.Tray;
using AmisModular.SyncHost.Tray.DBus;
using Microsoft.Extensions.Logging.Abstractions;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tests.DBus;

[Collection(DBusBus.Name)]
public sealed class DBusNotifierTests(DBusDaemonFixture bus)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task NotifyAsync_WithNotificationServer_DeliversTitleBodyAndUrgency()
    {
        await using var server = await TestNotificationServer.StartAsync(bus.Address);
        using var connection = new DBusConnection(bus.Address);
        await connection.ConnectAsync();
        var notifier = new DBusNotifier(connection, NullLogger<DBusNotifier>.Instance);

        await notifier.NotifyAsync(new UserNotification("Đồng bộ thất bại / Sync failed", "Kỳ 03/2026 đã khóa", NotificationUrgency.Critical, "Failures"), default);

        var received = await server.NextAsync(Wait);
        Assert.Equal("AmisModular", received.AppName);
        Assert.Equal("Đồng bộ thất bại / Sync failed", received.Summary);
        Assert.Equal("Kỳ 03/2026 đã khóa", received.Body);
        Assert.Equal(2, received.Urgency);
        Assert.Equal(0u, received.ReplacesId);
    }

    [Fact]
    public async Task NotifyAsync_SameTagTwice_ReplacesThePreviousBubble()
    {
        await using var server = await TestNotificationServer.StartAsync(bus.Address);
        using var connection = new DBusConnection(bus.Address);
        await connection.ConnectAsync();
        var notifier = new DBusNotifier(connection, NullLogger<DBusNotifier>.Instance);

        await notifier.NotifyAsync(new UserNotification("A", "1", NotificationUrgency.Normal, "Uploads"), default);
        await notifier.NotifyAsync(new UserNotification("A", "2", NotificationUrgency.Low, "Uploads"), default);
        await notifier.NotifyAsync(new UserNotification("B", "3", NotificationUrgency.Normal, "Attention"), default);

        var first = await server.NextAsync(Wait);
        var second = await server.NextAsync(Wait);
        var other = await server.NextAsync(Wait);
        Assert.Equal(0u, first.ReplacesId);
        Assert.NotEqual(0u, second.ReplacesId);
        Assert.Equal(0u, other.ReplacesId);
        Assert.Equal(0, second.Urgency);
    }

    [Fact]
    public async Task NotifyAsync_NoNotificationServer_LogsInsteadOfThrowing()
    {
        using var connection = new DBusConnection(bus.Address);
        await connection.ConnectAsync();
        var notifier = new DBusNotifier(connection, NullLogger<DBusNotifier>.Instance);

        var ex = await Record.ExceptionAsync(() => notifier.NotifyAsync(new UserNotification("A", "B", NotificationUrgency.Low, "X"), default));

        Assert.Null(ex);
    }
}
