namespace AmisModular.Modularity.Abstractions.Keyboard;

/// <summary>
/// The shell's keyboard shortcuts as a module sees them (one per browser circuit, a scoped service): a voucher page
/// subscribes while it is shown and answers true when it handled the command, so the key goes no further.
/// The newest subscriber (e.g. an open dialog) is asked first.
/// </summary>
public interface IShortcutDispatcher
{
    /// <summary>Dispose the result to stop receiving commands (when the page or dialog closes).</summary>
    IDisposable Subscribe(Func<ShortcutCommand, Task<bool>> handler);
}
