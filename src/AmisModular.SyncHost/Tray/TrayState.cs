namespace AmisModular.SyncHost.Tray;

/// <summary>Everything a tray adapter shows: the icon, its tooltip (title and detail lines) and the menu.</summary>
public sealed record TrayState(TrayIconKind Icon, string Title, string Tooltip, IReadOnlyList<TrayMenuItem> Menu)
{
    public bool NeedsAttention => Icon is TrayIconKind.Attention or TrayIconKind.Error;
}
