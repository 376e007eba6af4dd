using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modularity.Abstractions.Workspace;
using AmisModular.Modules.Reports.Tests.Support;
using AmisModular.Modules.Reports.Ui.Pages;
using Bunit;
using static AmisModular.Modules.Reports.Tests.Support.ReportsHost;

namespace AmisModular.Modules.Reports.Tests.Ui;

/// <summary>F5 reads the store again; switching the book in the shell re-runs the report on the other book.</summary>
public sealed class ReloadAndSwitchTests : UiTestContext, IAsyncLifetime
{
    private ReportsHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ReportsHost.CreateAsync();
        await host.OpeningAsync("1111", null, 10_000_000m, 0m, Book.Tax, Book.Internal);
        await host.OpeningAsync("4111", null, 0m, 10_000_000m, Book.Tax, Book.Internal);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task F5_AfterAnEntryWasPosted_ShowsTheNewFigure()
    {
        UseHost(host, D("2026-03-10"));
        var page = Render<TrialBalancePage>();
        page.WaitForElement("[data-testid=trial-balance]");
        Assert.Empty(page.FindAll("tr[data-account='6421']"));

        await host.EntryAsync("2026-03-05", BookSet.Both, "Chi phí văn phòng", new GeneralJournalDraftLine("6421", "1111", 1_250_000m));
        Assert.True(await page.InvokeAsync(() => Shortcuts.PressAsync(ShortcutCommand.Reload)));

        page.WaitForAssertion(() => Assert.Equal("1.250.000", page.Find("tr[data-account='6421'] td:nth-child(5)").TextContent.Trim()));
        Assert.False(await Shortcuts.PressAsync(ShortcutCommand.Save));
    }

    [Fact]
    public async Task WorkspaceSwitch_ToInternalBook_ReportFollows()
    {
        await host.EntryAsync("2026-03-06", BookSet.Internal, "Chi tiếp khách", new GeneralJournalDraftLine("6428", "1111", 700_000m));
        UseHost(host, D("2026-03-10"));
        var page = Render<TrialBalancePage>();
        page.WaitForElement("[data-testid=trial-balance]");
        Assert.Empty(page.FindAll("tr[data-account='6428']"));

        await page.InvokeAsync(() => Workspace.Switch(Workspace.Current! with { Book = WorkspaceBook.Internal }));

        page.WaitForAssertion(() => Assert.Equal("700.000", page.Find("tr[data-account='6428'] td:nth-child(5)").TextContent.Trim()));
        Assert.Equal("Sổ quản trị", page.Find("[data-testid=report-book]").TextContent);
    }
}
