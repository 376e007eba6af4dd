using AmisModular.Modularity.Abstractions.Keyboard;

namespace AmisModular.Shell.Keyboard;

/// <summary>
/// One per circuit. The JS layer reports a chord; the service hands its command to the most recently subscribed
/// handler that takes it (the page in front), then to earlier ones. F1 goes to <see cref="HelpRequested"/>.
/// </summary>
public sealed class KeyboardShortcutService : IShortcutDispatcher
{
    private readonly List<Func<ShortcutCommand, Task<bool>>> handlers = [];
    private readonly Lock sync = new();

    /// <summary>F1: the layout opens the shortcut sheet.</summary>
    public event EventHandler? HelpRequested;

    /// <summary>Pages subscribe while shown; dispose the result when the page goes away.</summary>
    /// <param name="handler">Returns true when it handled the command.</param>
    public IDisposable Subscribe(Func<ShortcutCommand, Task<bool>> handler)
    {
        lock (sync)
        {
            handlers.Add(handler);
        }

        return new Subscription(this, handler);
    }

    /// <summary>Dispatches the chord; false when no shortcut has these keys or nobody handled it.</summary>
    public async Task<bool> DispatchAsync(string keys)
    {
        var shortcut = Shortcuts.Find(keys);
        if (shortcut is null)
        {
            return false;
        }

        if (shortcut.Command == ShortcutCommand.Help)
        {
            HelpRequested?.Invoke(this, EventArgs.Empty);
            return true;
        }

        Func<ShortcutCommand, Task<bool>>[] snapshot;
        lock (sync)
        {
            snapshot = [.. handlers];
        }

        for (var i = snapshot.Length - 1; i >= 0; i--)
        {
            if (await snapshot[i](shortcut.Command))
            {
                return true;
            }
        }

        return false;
    }

    private void Unsubscribe(Func<ShortcutCommand, Task<bool>> handler)
    {
        lock (sync)
        {
            handlers.Remove(handler);
        }
    }

    private sealed class Subscription(KeyboardShortcutService owner, Func<ShortcutCommand, Task<bool>> handler) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(handler);
    }
}
