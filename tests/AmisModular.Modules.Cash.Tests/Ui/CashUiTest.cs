using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Queries;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Workspace;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Printing;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Modules.Cash.Ui.Shared;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modules.Cash.Tests.Ui;

/// <summary>
/// bUnit over the real cash services on a real SQLite store (<see cref="CashHost"/>: a TT99 company, FY 2026,
/// 10,000,000 in the till, customer KH01); the shell's workspace and shortcut dispatcher are stood in by small fakes.
/// </summary>
public abstract class CashUiTest : BunitContext, IAsyncLifetime
{
    private CashHost? host;

    protected CashUiTest()
    {
        UseCulture("vi-VN");
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    internal CashHost Host => host!;

    internal TestShortcuts Keys { get; } = new();

    internal TestWorkspace Workspace { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        host = await CashHost.CreateAsync();
        Workspace = new TestWorkspace(new WorkspaceSelection(Host.Company.Id, Host.Company.Name, WorkspaceBook.Tax, 2026));
        Services.AddSingleton<IWorkspace>(Workspace);
        Services.AddSingleton<IShortcutDispatcher>(Keys);
        Services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero)));
        Services.AddSingleton(Host.Get<CashVoucherService>());
        Services.AddSingleton(Host.Get<CashVoucherPrinter>());
        Services.AddSingleton(Host.Get<CompanyService>());
        Services.AddSingleton(Host.Get<LedgerQueries>());
        Services.AddSingleton(Host.Get<CashLookups>());
        Services.AddSingleton(Host.Get<CashVoucherList>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    protected static void UseCulture(string name)
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
    }
}
