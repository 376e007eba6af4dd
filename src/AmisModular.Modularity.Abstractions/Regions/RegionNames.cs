namespace AmisModular.Modularity.Abstractions.Regions;

/// <summary>The named places in the shell where modules contribute UI (Prism's regions).</summary>
public static class RegionNames
{
    public const string Navigation = "navigation";
    public const string HomeWidgets = "home.widgets";
    public const string DocumentToolbar = "document.toolbar";
    public const string StatusBar = "status.bar";
    public const string SettingsPages = "settings.pages";
}
