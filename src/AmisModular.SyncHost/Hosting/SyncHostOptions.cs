using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Notifications;
using AmisModular.SyncHost.Tray;

namespace AmisModular.SyncHost.Hosting;

/// <summary>Bound from the <c>SyncHost</c> configuration section.</summary>
public sealed class SyncHostOptions
{
    public const string SectionName = "SyncHost";

    /// <summary>The installation's data folder; else <c>AMIS_DATA_DIR</c>, else the OS app-data folder + AmisModular (as the shell and CLI).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// The local store this host serves (SQLite file); <c>&lt;data&gt;/store/amis.db</c> by default, the shell's and the
    /// CLI's store. The lock, discovery and secret files sit beside it.
    /// </summary>
    public string? StorePath { get; set; }

    /// <summary>The cloud, the automatic triggers and the engine's retries.</summary>
    public EngineSyncOptions Sync { get; set; } = new();

    /// <summary>The control endpoint's port on 127.0.0.1; 0 (the default) picks a free one.</summary>
    public int ControlPort { get; set; }

    /// <summary>
    /// The shell's executable, started by "Mở AmisModular / Open AmisModular" with <c>--data-dir</c> of this host's
    /// store; unset = the shell installed beside the sync host.
    /// </summary>
    public string? ShellCommand { get; set; }

    /// <summary>Load the installed modules headless (for their sync adapters) through the module host.</summary>
    public bool LoadModules { get; set; } = true;

    /// <summary>How often held notifications are checked for release.</summary>
    public TimeSpan NotificationTick { get; set; } = TimeSpan.FromSeconds(15);

    public CoalescerOptions Notifications { get; set; } = new();

    public TrayOptions Tray { get; set; } = new();
}
