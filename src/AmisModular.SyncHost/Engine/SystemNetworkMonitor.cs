using System.Net.NetworkInformation;

namespace AmisModular.SyncHost.Engine;

/// <summary><see cref="NetworkChange"/> of the running machine as an <see cref="INetworkMonitor"/>.</summary>
public sealed class SystemNetworkMonitor : INetworkMonitor, IDisposable
{
    private EventHandler? _changed;

    public SystemNetworkMonitor()
    {
        NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
        NetworkChange.NetworkAddressChanged += OnAddressChanged;
    }

    public event EventHandler? Changed
    {
        add => _changed += value;
        remove => _changed -= value;
    }

    public void Dispose()
    {
        NetworkChange.NetworkAvailabilityChanged -= OnAvailabilityChanged;
        NetworkChange.NetworkAddressChanged -= OnAddressChanged;
    }

    private void OnAvailabilityChanged(object? sender, NetworkAvailabilityEventArgs e) => _changed?.Invoke(this, EventArgs.Empty);

    private void OnAddressChanged(object? sender, EventArgs e) => _changed?.Invoke(this, EventArgs.Empty);
}
