using AmisModular.Modularity.Abstractions.Keyboard;

namespace AmisModular.Modules.Cash.Tests.Ui;

/// <summary>The shell's dispatch rule (newest subscriber first, until one handles the command), for pressing keys in tests.</summary>
internal sealed class TestShortcuts : IShortcutDispatcher
{
    private readonly List<Func<ShortcutCommand, Task<bool>>> handlers = [];

    public int Subscribers => handlers.Count;

    public IDisposable Subscribe(Func<ShortcutCommand, Task<bool>> handler)
    {
        handlers.Add(handler);
        return new Subscription(() => handlers.Remove(handler));
    }

    public async Task<bool> PressAsync(ShortcutCommand command)
    {
        foreach (var handler in handlers.AsEnumerable().Reverse().ToList())
        {
            if (await handler(command))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
