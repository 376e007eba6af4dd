using AmisModular.Shell.Components.Layout;
using AmisModular.Shell.Sync;
using Bunit;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Components;

public sealed class StatusBarTests : ShellComponentTest
{
    [Fact]
    public void Render_NoSyncHost_SaysSoAndSyncNowExplains()
    {
        UseModules();
        Services.AddSingleton<ISyncStatusSource, NoSyncHostStatusSource>();
        SignIn("*");

        var bar = Render<StatusBar>();

        Assert.Equal("Chưa có dịch vụ đồng bộ", bar.Find("[data-testid=sync-state]").TextContent);
        Assert.Empty(bar.FindAll("[data-testid=pending-upload]"));
        bar.Find("[data-testid=sync-now]").Click();
        Assert.Contains("Chưa có dịch vụ đồng bộ", bar.Find("[data-testid=sync-message]").TextContent);
    }
}
