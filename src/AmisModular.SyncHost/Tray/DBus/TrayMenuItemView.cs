namespace AmisModular.SyncHost.Tray.DBus;

/// <summary>A dbusmenu item: its id and a{sv} properties (label, enabled, type).</summary>
internal sealed record TrayMenuItemView(int Id, TrayCommand? Command, IReadOnlyList<(string Name, object Value)> Properties)
{
    public static IReadOnlyList<TrayMenuItemView> From(IReadOnlyList<TrayMenuItem> menu)
    {
        var views = new List<TrayMenuItemView>();
        foreach (var item in menu)
        {
            if (item.SeparatorBefore)
            {
                views.Add(new(1000 + item.Id, null, [("type", "separator")]));
            }

            views.Add(new(item.Id, item.Command, [("label", item.Label), ("enabled", item.Enabled), ("visible", true)]));
        }

        return views;
    }
}
