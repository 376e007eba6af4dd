using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Tmds.DBus.Protocol;

namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>
/// Notifications through org.freedesktop.Notifications. A new notification of the same tag replaces the previous
/// bubble (replaces_id), so a subject never piles up. Without a notification server it logs instead.
/// </summary>
public sealed class DBusNotifier(DBusConnection connection, ILogger<DBusNotifier> logger) : INotifier
{
    public const string ServiceName = "org.freedesktop.Notifications";
    public const string ObjectPath = "/org/freedesktop/Notifications";

    private readonly ConcurrentDictionary<string, uint> _lastIds = new(StringComparer.Ordinal);

    public async Task NotifyAsync(UserNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var replaces = _lastIds.GetValueOrDefault(notification.Tag);
        try
        {
            var id = await connection.CallMethodAsync(
                CreateNotifyMessage(notification, replaces), (Message m, object? _) => m.GetBodyReader().ReadUInt32(), null);
            _lastIds[notification.Tag] = id;
        }
        catch (DBusExceptionBase ex)
        {
            logger.LogWarning("Notification not shown ({Error}): {Title}: {Body}", ex.Message, notification.Title, notification.Body);
        }
    }

    private MessageBuffer CreateNotifyMessage(UserNotification notification, uint replaces)
    {
        var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(destination: ServiceName, path: ObjectPath, @interface: ServiceName,
            member: "Notify", signature: "susssasa{sv}i");
        writer.WriteString(SyncHostTexts.AppName);
        writer.WriteUInt32(replaces);
        writer.WriteString(notification.Urgency == NotificationUrgency.Critical ? "dialog-warning" : "emblem-synchronizing");
        writer.WriteString(notification.Title);
        writer.WriteString(notification.Body);
        writer.WriteArray(Array.Empty<string>());
        var hints = writer.WriteDictionaryStart();
        writer.WriteDictionaryEntryStart();
        writer.WriteString("urgency");
        writer.WriteVariantByte((byte)notification.Urgency);
        writer.WriteDictionaryEntryStart();
        writer.WriteString("desktop-entry");
        writer.WriteVariantString("amis-sync");
        writer.WriteDictionaryEnd(hints);
        writer.WriteInt32(-1);
        var message = writer.CreateMessage();
        writer.Dispose();
        return message;
    }
}
