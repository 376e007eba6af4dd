namespace AmisModular.SyncHost.Tray;

/// <param name="Id">Stable per command, so D-Bus and Win32 menus can send it back; never 0 (the D-Bus root).</param>
public sealed record TrayMenuItem(int Id, TrayCommand Command, string Label, bool Enabled = true, bool SeparatorBefore = false);
