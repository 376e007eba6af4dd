using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Shell.Components.Regions;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Components;

public sealed class RegionTests : ShellComponentTest
{
    [Fact]
    public void Render_ContributionsOfActiveModules_InOrder()
    {
        UseModules(Active("cash"), Active("bank"));
        Services.AddSingleton(new RegionContribution("cash", RegionNames.HomeWidgets, typeof(WidgetB), Order: 20));
        Services.AddSingleton(new RegionContribution("bank", RegionNames.HomeWidgets, typeof(WidgetA), Order: 10));
        Services.AddSingleton(new RegionContribution("bank", RegionNames.StatusBar, typeof(WidgetC)));
        SignIn("*");

        var region = Render<Region>(p => p.Add(r => r.Name, RegionNames.HomeWidgets));

        var texts = region.FindAll("p.w").Select(e => e.TextContent).ToList();
        Assert.Equal(["A", "B"], texts);
        Assert.Equal(["bank", "cash"], region.FindAll(".region-item").Select(e => e.GetAttribute("data-module")).ToList());
    }

    [Fact]
    public void Render_ModuleNotActiveOrUnknown_ItsContributionsHidden()
    {
        UseModules(Active("cash"), NotLicensed("tax"));
        Services.AddSingleton(new RegionContribution("cash", RegionNames.HomeWidgets, typeof(WidgetA)));
        Services.AddSingleton(new RegionContribution("tax", RegionNames.HomeWidgets, typeof(WidgetB)));
        Services.AddSingleton(new RegionContribution("never-installed", RegionNames.HomeWidgets, typeof(WidgetC)));
        SignIn("*");

        var region = Render<Region>(p => p.Add(r => r.Name, RegionNames.HomeWidgets));

        Assert.Equal(["A"], region.FindAll("p.w").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public void Render_ContributionNeedsPermissionUserLacks_Hidden()
    {
        UseModules(Active("cash"));
        Services.AddSingleton(new RegionContribution("cash", RegionNames.HomeWidgets, typeof(WidgetA), Permission: "cash.view"));
        Services.AddSingleton(new RegionContribution("cash", RegionNames.HomeWidgets, typeof(WidgetB), Permission: "cash.post"));
        SignIn("*.view");

        var region = Render<Region>(p => p.Add(r => r.Name, RegionNames.HomeWidgets));

        Assert.Equal(["A"], region.FindAll("p.w").Select(e => e.TextContent).ToList());
    }
}
