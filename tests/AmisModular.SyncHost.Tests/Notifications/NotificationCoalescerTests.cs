using AmisModular.SyncHost.Notifications;
using Microsoft.Extensions.Time.Testing;

namespace AmisModular.SyncHost.Tests.Notifications;

public sealed class NotificationCoalescerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 31, 8, 0, 0, TimeSpan.FromHours(7)));
    private readonly CoalescerOptions _options = new()
    {
        UploadsInterval = TimeSpan.FromMinutes(30),
        ConnectivityInterval = TimeSpan.FromMinutes(5),
        FailuresInterval = TimeSpan.FromMinutes(10),
    };

    private NotificationCoalescer Create() => new(_time, _options);

    [Fact]
    public void Offer_FirstAlert_IsShownAtOnce()
    {
        var shown = Create().Offer(new SyncAlert(AlertKind.UploadPending, 5));

        Assert.NotNull(shown);
        Assert.Contains("5 chứng từ", shown.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_BurstInsideInterval_ShowsFirstThenOneMergedWithLatestCount()
    {
        var coalescer = Create();
        var shown = Enumerable.Range(1, 20)
            .Select(n =>
            {
                _time.Advance(TimeSpan.FromSeconds(30));
                return coalescer.Offer(new SyncAlert(AlertKind.UploadPending, n));
            })
            .Where(n => n is not null)
            .ToList();
        Assert.Single(shown);
        Assert.Empty(coalescer.ReleaseDue());

        _time.Advance(TimeSpan.FromMinutes(21));
        var released = coalescer.ReleaseDue();

        var merged = Assert.Single(released);
        Assert.Contains("20 chứng từ", merged.Body, StringComparison.Ordinal);
        Assert.Empty(coalescer.ReleaseDue());
    }

    [Fact]
    public void Offer_SameStateAgain_IsSuppressedEvenAfterTheInterval()
    {
        var coalescer = Create();
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.NewOnCloud, 3)));

        _time.Advance(TimeSpan.FromHours(5));

        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.NewOnCloud, 3)));
        Assert.Empty(coalescer.ReleaseDue());
    }

    [Fact]
    public void Offer_OfflineOnlineFlapInsideInterval_ShowsOnlyTheFirst()
    {
        var coalescer = Create();
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.WentOffline, Reason: "Offline")));
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.BackOnline)));
        _time.Advance(TimeSpan.FromSeconds(20));
        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.WentOffline, Reason: "Offline")));

        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Empty(coalescer.ReleaseDue());
    }

    [Fact]
    public void Offer_BackOnlineHeld_IsReleasedWhenItLasts()
    {
        var coalescer = Create();
        coalescer.Offer(new SyncAlert(AlertKind.WentOffline, Reason: "Offline"));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.BackOnline)));

        _time.Advance(TimeSpan.FromMinutes(4));

        Assert.Equal("Đã có kết nối / Back online", Assert.Single(coalescer.ReleaseDue()).Title);
    }

    [Fact]
    public void Offer_DifferentFailuresInsideInterval_MergeWithOccurrenceCount()
    {
        var coalescer = Create();
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.SyncFailed, Reason: "HTTP 503")));
        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.SyncFailed, Reason: "Timeout")));
        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.SyncFailed, Reason: "Kỳ kế toán đã khóa / Period locked")));

        _time.Advance(TimeSpan.FromMinutes(10));
        var merged = Assert.Single(coalescer.ReleaseDue());

        Assert.Equal("Kỳ kế toán đã khóa / Period locked (2 lần / times)", merged.Body);
    }

    [Fact]
    public void Clear_ThenSameAlert_IsNewsAgainButStillRateLimited()
    {
        var coalescer = Create();
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.UploadPending, 2)));
        coalescer.Clear(AlertChannel.Uploads);
        _time.Advance(TimeSpan.FromMinutes(1));

        Assert.Null(coalescer.Offer(new SyncAlert(AlertKind.UploadPending, 2)));
        _time.Advance(TimeSpan.FromMinutes(29));

        Assert.Contains("2 chứng từ", Assert.Single(coalescer.ReleaseDue()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Offer_ChannelsAreIndependent()
    {
        var coalescer = Create();

        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.UploadPending, 1)));
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.NewOnCloud, 1)));
        Assert.NotNull(coalescer.Offer(new SyncAlert(AlertKind.NeedsAttention, 1)));
    }
}
