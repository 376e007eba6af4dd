using AmisModular.Modularity.Abstractions.Keyboard;
using AmisModular.Modules.Cash.Ui.Lookup;
using AmisModular.Modules.Cash.Ui.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace AmisModular.Modules.Cash.Tests.Ui;

public sealed class LookupBoxTests : CashUiTest
{
    [Fact]
    public async Task Typing_PartOfAName_WithoutDiacritics_ListsThePartner_EnterChoosesAndMovesOn()
    {
        PartnerOption? chosen = null;
        var entered = 0;
        var box = RenderPartnerBox(p => chosen = p, () => entered++);

        await box.Find("input").InputAsync(new ChangeEventArgs { Value = "binh minh" });

        var items = box.FindAll("[data-testid=partner-list] li");
        Assert.Equal("KH01 – Công ty Bình Minh", Assert.Single(items).TextContent);
        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "Enter" });
        Assert.Equal(Host.Customer.Id, chosen?.Id);
        Assert.Equal(1, entered);
        Assert.Equal("KH01", box.Find("input").GetAttribute("value"));
        Assert.Empty(box.FindAll("[data-testid=partner-list]"));
    }

    [Fact]
    public async Task ArrowDown_MovesTheHighlight_TabChoosesIt()
    {
        PartnerOption? chosen = null;
        var box = RenderPartnerBox(p => chosen = p, () => { });

        await box.Find("input").InputAsync(new ChangeEventArgs { Value = "công ty" });
        Assert.Equal(2, box.FindAll("[data-testid=partner-list] li").Count);
        Assert.Contains("KH01", box.Find("li.active").TextContent, StringComparison.Ordinal);
        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Contains("NCC01", box.Find("li.active").TextContent, StringComparison.Ordinal);
        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "Tab" });

        Assert.Equal(Host.Vendor.Id, chosen?.Id);
    }

    [Fact]
    public async Task F4_ListsEverything_EscClosesTheListOnly()
    {
        var box = RenderPartnerBox(_ => { }, () => { });
        await box.Find("input").FocusAsync(new FocusEventArgs());

        Assert.True(await box.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Lookup)));
        box.WaitForAssertion(() => Assert.Equal(2, box.FindAll("[data-testid=partner-list] li").Count));
        Assert.True(await box.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Cancel)));
        box.WaitForAssertion(() => Assert.Empty(box.FindAll("[data-testid=partner-list]")));

        // With the list closed, Esc is not the lookup's: it goes on to the page (Hoãn / Đóng).
        Assert.False(await box.InvokeAsync(() => Keys.PressAsync(ShortcutCommand.Cancel)));
        await box.Find("input").BlurAsync(new FocusEventArgs());
        Assert.Equal(0, Keys.Subscribers);
    }

    [Fact]
    public async Task AccountLookup_OnlyPostableAccounts_ParentsAreNotListed()
    {
        var lookups = Host.Get<CashLookups>();

        var found = await lookups.AccountsAsync(Host.Company.Id, new DateOnly(2026, 3, 1), null, "111", CancellationToken.None);

        Assert.Contains(found, a => a.Code == "1111");
        Assert.DoesNotContain(found, a => a.Code == "111");
        Assert.All(await lookups.AccountsAsync(Host.Company.Id, new DateOnly(2026, 3, 1), "111", "", CancellationToken.None), a => Assert.StartsWith("111", a.Code, StringComparison.Ordinal));
        Assert.Contains(await lookups.AccountsAsync(Host.Company.Id, new DateOnly(2026, 3, 1), null, "tien viet nam", CancellationToken.None), a => a.Code == "1111");
    }

    private IRenderedComponent<LookupBox<PartnerOption>> RenderPartnerBox(Action<PartnerOption?> chosen, Action entered) =>
        Render<LookupBox<PartnerOption>>(p => p
            .Add(b => b.TestId, "partner")
            .Add(b => b.Search, (text, ct) => Host.Get<CashLookups>().PartnersAsync(Host.Company.Id, text, ct))
            .Add(b => b.Display, o => o.Code)
            .Add(b => b.Describe, o => o.Code + " – " + o.Name)
            .Add(b => b.ValueChanged, chosen)
            .Add(b => b.OnEnter, entered));
}
