namespace AmisModular.SyncHost.Tray;

/// <summary>The freedesktop urgency levels (0, 1, 2); Win32 maps them to info / warning / error balloons.</summary>
public enum NotificationUrgency : byte
{
    Low = 0,
    Normal = 1,
    Critical = 2,
}
