namespace AmisModular.SyncHost.Tray;

public sealed class TrayMenuInvokedEventArgs(TrayCommand command) : EventArgs
{
    public TrayCommand Command { get; } = command;
}
