using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Shell.Keyboard;

namespace AmisModular.Shell.Tests.Keyboard;

public sealed class KeyboardShortcutServiceTests
{
    [Fact]
    public async Task Dispatch_LatestSubscriberFirst_FallsBackWhenNotHandled()
    {
        var service = new KeyboardShortcutService();
        var seen = new List<string>();
        using var page = service.Subscribe(c => { seen.Add("page:" + c); return Task.FromResult(true); });
        using var dialog = service.Subscribe(c => { seen.Add("dialog:" + c); return Task.FromResult(c == ShortcutCommand.Cancel); });

        Assert.True(await service.DispatchAsync("Ctrl+S"));
        Assert.True(await service.DispatchAsync("Escape"));

        Assert.Equal(["dialog:Save", "page:Save", "dialog:Cancel"], seen);
    }

    [Fact]
    public async Task Dispatch_AfterUnsubscribe_NotCalled()
    {
        var service = new KeyboardShortcutService();
        var calls = 0;
        var subscription = service.Subscribe(_ => { calls++; return Task.FromResult(true); });
        subscription.Dispose();

        Assert.False(await service.DispatchAsync("Ctrl+G"));
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task Dispatch_F1_RaisesHelp_UnknownKey_False()
    {
        var service = new KeyboardShortcutService();
        var help = 0;
        service.HelpRequested += (_, _) => help++;

        Assert.True(await service.DispatchAsync("F1"));
        Assert.False(await service.DispatchAsync("Ctrl+Q"));
        Assert.Equal(1, help);
    }

    [Fact]
    public void Shortcuts_EveryCommandHasOneKey()
    {
        Assert.Equal(Enum.GetValues<ShortcutCommand>().Length, Shortcuts.All.Select(s => s.Command).Distinct().Count());
        Assert.Equal(Shortcuts.All.Count, Shortcuts.All.Select(s => s.Keys.ToUpperInvariant()).Distinct().Count());
    }
}
