using AmisModular.Modularity.Abstractions.Text;
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

    [Fact]
    public void Notices_Opened_ListedNewestFirstAndMarkedReadUpToTheNewest()
    {
        UseModules();
        var renumbered = new SyncNoticeItem(Guid.CreateVersion7(), "Phiếu thu PT00005 đã đổi số thành PT00009 vì trùng số. / Cash receipt PT00005 was renumbered to PT00009.",
            new DateTimeOffset(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(7)));
        var older = new SyncNoticeItem(Guid.CreateVersion7(), "Phân hệ cash đã bị gỡ khỏi sổ. / Module cash was removed from the book.",
            new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.FromHours(7)));
        var source = new NoticeSource(new SyncStatus(true, new LocalizedText("Trực tuyến", "Online"), 0, 0, 0, null, 2, [renumbered, older]));
        Services.AddSingleton<ISyncStatusSource>(source);
        SignIn("*");
        var bar = Render<StatusBar>();
        Assert.Contains("2", bar.Find("[data-testid=notices]").TextContent, StringComparison.Ordinal);
        Assert.Empty(bar.FindAll("[data-testid=notice-list]"));

        bar.Find("[data-testid=notices]").Click();

        var shown = bar.FindAll("[data-testid=notice]").Select(n => n.TextContent).ToList();
        Assert.Equal(2, shown.Count);
        Assert.Contains("PT00009", shown[0], StringComparison.Ordinal);
        Assert.Contains("cash", shown[1], StringComparison.Ordinal);
        Assert.Equal([renumbered.Id], source.MarkedRead);
        Assert.Contains("0", bar.Find("[data-testid=notices]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Notices_None_NoNoticeButton()
    {
        UseModules();
        Services.AddSingleton<ISyncStatusSource>(new NoticeSource(new SyncStatus(true, new LocalizedText("Trực tuyến", "Online"), 0, 0, 0, null)));
        SignIn("*");

        var bar = Render<StatusBar>();

        Assert.Empty(bar.FindAll("[data-testid=notices]"));
    }

    /// <summary>A sync host that only has notices: records which notices were marked read and drops the unread count.</summary>
    private sealed class NoticeSource(SyncStatus status) : ISyncStatusSource
    {
        public List<Guid> MarkedRead { get; } = [];

        public SyncStatus Current { get; private set; } = status;

        public event EventHandler? Changed;

        public Task<SyncCommandResult> SyncNowAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<SyncCommandResult> DownloadDocumentsAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task MarkNoticesReadAsync(Guid newest, CancellationToken cancellationToken = default)
        {
            MarkedRead.Add(newest);
            Current = Current with { UnreadNotices = 0 };
            Changed?.Invoke(this, EventArgs.Empty);
            return Task.CompletedTask;
        }
    }
}
