namespace AmisModular.SyncHost.Tray;

/// <summary>The tray icon and notifier chosen at start, and the name of the platform that made them.</summary>
public sealed record TrayAdapters(string Platform, ITrayIcon Icon, INotifier Notifier);
