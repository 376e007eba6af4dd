namespace AmisModular.SyncHost.Engine;

/// <summary>The operating system's "the network changed" signal (an address came or went, the network went up or down).</summary>
public interface INetworkMonitor
{
    event EventHandler? Changed;
}
