using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Shell.Components.Layout;
using AmisModular.Shell.Hosting;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Components;

public sealed class NavMenuTests : ShellComponentTest
{
    private void Register()
    {
        UseModules(Active("cash"), NotLicensed("tax"));
        foreach (var entry in ShellNavigation.Entries)
        {
            Services.AddSingleton(entry);
        }

        Services.AddSingleton(new NavigationEntry("cash", "cash.receipts", new LocalizedText("Phiếu thu", "Receipts"), "cash/receipts", Permission: "cash.view"));
        Services.AddSingleton(new NavigationEntry("cash", "cash.post-all", new LocalizedText("Ghi sổ hàng loạt", "Post all"), "cash/post-all", Permission: "cash.post"));
        Services.AddSingleton(new NavigationEntry("tax", "tax.vat", new LocalizedText("Tờ khai GTGT", "VAT return"), "tax/vat", Permission: "tax.view"));
    }

    private static List<string?> Keys(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.nav-item").Select(a => a.GetAttribute("data-nav-key")).ToList();

    [Fact]
    public void Render_Viewer_SeesViewEntriesOnly()
    {
        Register();
        SignIn("*.view");

        var keys = Keys(Render<NavMenu>());

        Assert.Contains("cash.receipts", keys);
        Assert.Contains("shell.admin.modules", keys);
        Assert.DoesNotContain("cash.post-all", keys);
        Assert.DoesNotContain("shell.admin.users", keys);
    }

    [Fact]
    public void Render_Admin_SeesEverythingOfActiveModules_NotOfNotLicensed()
    {
        Register();
        SignIn("*");

        var keys = Keys(Render<NavMenu>());

        Assert.Contains("cash.post-all", keys);
        Assert.Contains("shell.admin.users", keys);
        Assert.DoesNotContain("tax.vat", keys);
    }

    [Fact]
    public void Render_UserWithModulePermissionOnly_NoAdministrationPages()
    {
        Register();
        SignIn("cash.view");

        var keys = Keys(Render<NavMenu>());

        Assert.Equal(["shell.home", "cash.receipts", "shell.settings"], keys);
    }
}
