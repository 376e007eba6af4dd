using System.Globalization;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Queries;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Workspace;
using AmisModular.Modules.Reports.Ui.Shared;
using AmisModular.Modules.Reports.Ui.Widgets;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Radzen;
using Radzen.Blazor;

namespace AmisModular.Modules.Reports.Tests.Support;

/// <summary>
/// A bUnit context whose report services are those of a real <see cref="ReportsHost"/> (SQLite store file), a
/// working selection of its company as the shell would give it, a fixed "today" and the shell's F5 port.
/// </summary>
public abstract class UiTestContext : BunitContext
{
    protected UiTestContext()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("vi-VN");
        JSInterop.Mode = JSRuntimeMode.Loose;
        // RadzenChart measures its element in the browser; bUnit has none, so answer with the size a browser would.
        AnswerChartSize(480, 220);
        Services.AddRadzenComponents();
    }

    protected TestWorkspace Workspace { get; } = new();

    /// <summary>Radzen's Rect is not public: JSInterop.Setup&lt;Rect&gt; is called through reflection.</summary>
    private void AnswerChartSize(double width, double height)
    {
        var rect = typeof(RadzenChart).Assembly.GetTypes().Single(t => t.Name == "Rect" && t.GetProperty("Width") is not null);
        var size = Activator.CreateInstance(rect)!;
        rect.GetProperty("Width")!.SetValue(size, width);
        rect.GetProperty("Height")!.SetValue(size, height);
        var setup = typeof(BunitJSInterop).Assembly.GetTypes().SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Single(m => m.Name == "Setup" && m.IsGenericMethod && m.GetParameters() is [{ ParameterType: var p0 }, { ParameterType: var p1 }, { ParameterType: var p2 }]
                && p0 == typeof(BunitJSInterop) && p1 == typeof(string) && p2 == typeof(InvocationMatcher))
            .MakeGenericMethod(rect);
        var handler = setup.Invoke(null, [JSInterop, "Radzen.createChart", (InvocationMatcher)(_ => true)])!;
        handler.GetType().GetMethod("SetResult")!.Invoke(handler, [size]);
    }

    protected TestShortcuts Shortcuts { get; } = new();

    protected void UseHost(ReportsHost host, DateOnly today, WorkspaceBook book = WorkspaceBook.Tax)
    {
        ArgumentNullException.ThrowIfNull(host);
        Workspace.Current = new WorkspaceSelection(host.Company.Id, host.Company.Name, book, 2026);
        Services.AddSingleton(host.Reports);
        Services.AddSingleton(host.Get<ReportsCatalog>());
        Services.AddSingleton(host.Get<CashPositionQuery>());
        Services.AddSingleton(host.Get<GeneralJournalService>());
        Services.AddSingleton(host.Get<LedgerQueries>());
        Services.AddSingleton<TimeProvider>(new FixedClock(today));
        Services.AddSingleton<IWorkspace>(Workspace);
        Services.AddSingleton<IShortcutDispatcher>(Shortcuts);
    }

    /// <summary>The shell's working selection as a module sees it; switching raises <see cref="Changed"/>.</summary>
    protected sealed class TestWorkspace : IWorkspace
    {
        public WorkspaceSelection? Current { get; set; }

        public event EventHandler? Changed;

        public void Switch(WorkspaceSelection selection)
        {
            Current = selection;
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>The shell's key dispatcher: <see cref="PressAsync"/> hands a command to the newest subscriber first.</summary>
    protected sealed class TestShortcuts : IShortcutDispatcher
    {
        private readonly List<Func<ShortcutCommand, Task<bool>>> handlers = [];

        public IDisposable Subscribe(Func<ShortcutCommand, Task<bool>> handler)
        {
            handlers.Add(handler);
            return new Unsubscribe(() => handlers.Remove(handler));
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

        private sealed class Unsubscribe(Action action) : IDisposable
        {
            public void Dispose() => action();
        }
    }

    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
