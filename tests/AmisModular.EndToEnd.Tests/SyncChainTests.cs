using AmisModular.EndToEnd.Tests.Infrastructure;
using static AmisModular.EndToEnd.Tests.Infrastructure.HostDriver;
using AmisModular.Modules.Cash.Documents;
using SyncHostStatusSource = AmisModular.Shell.Sync.SyncHostStatusSource;
using AmisModular.SyncHost.Control;

namespace AmisModular.EndToEnd.Tests;

/// <summary>
/// Two desktops, two amis-sync processes, one cloud process: vouchers saved while the cloud is down are queued and
/// reported by each host's /status, then /sync-now on both leaves both stores with every voucher exactly once and
/// equal trial balances.
/// </summary>
public sealed class SyncChainTests : IDisposable
{
    private const string TaxCode = "0101234567";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "amis-e2e", Guid.NewGuid().ToString("N"));

    public SyncChainTests() => Directory.CreateDirectory(_directory);

    [Fact]
    public async Task TwoHosts_VouchersSavedOffline_AfterCloudReturnsAndSyncNow_BothStoresHoldAllOnceWithEqualTrialBalances()
    {
        var publisher = new TestPublisher(_directory);
        using var cloud = new CloudProcess(_directory);
        await using var a = new Desktop(_directory, "a", publisher);
        await using var b = new Desktop(_directory, "b", publisher);

        await cloud.StartAsync();
        var companyId = await cloud.CreateTenantAsync(TaxCode, "Công ty TNHH Đầu Cuối");
        await cloud.OpenYearAsync(TaxCode, 2026);
        foreach (var desktop in new[] { a, b })
        {
            publisher.InstallLicence(desktop.DataDirectory, TaxCode);
            await desktop.OpenAsync();
            await desktop.EnrollAsync(cloud.Address, await cloud.IssueEnrollmentCodeAsync(TaxCode));
            Assert.Equal(companyId, desktop.CompanyId);
        }

        cloud.Stop();
        await Task.WhenAll(a.StartHostAsync(FastHost), b.StartHostAsync(FastHost));

        var saved = new List<CashVoucher>
        {
            await a.CreateCashAsync(CashVoucherKind.Receipt, 5_000_000m, "5111"),
            await a.CreateCashAsync(CashVoucherKind.Payment, 1_200_000m, "1121"),
            await b.CreateCashAsync(CashVoucherKind.Receipt, 3_000_000m, "5111"),
        };

        var offlineA = await WaitForStatusAsync(a, s => s.PendingUploads == 2 && IsCut(s.Connectivity), "2 pending, cloud cut");
        var offlineB = await WaitForStatusAsync(b, s => s.PendingUploads == 1 && IsCut(s.Connectivity), "1 pending, cloud cut");
        Assert.True(offlineA.EngineConfigured);
        Assert.True(offlineB.EngineConfigured);
        using var shellA = new SyncHostStatusSource(a.Store);
        await shellA.RefreshAsync(CancellationToken.None);
        Assert.True(shellA.Current.HostAvailable);
        Assert.Equal(2, shellA.Current.PendingUpload);

        await cloud.StartAsync();
        foreach (var desktop in new[] { a, b, a, b })
        {
            await SyncNowAsync(desktop);
        }

        var ids = saved.Select(v => v.Id).Order().ToList();
        foreach (var desktop in new[] { a, b })
        {
            var vouchers = await desktop.CashVouchersAsync();
            Assert.True(ids.SequenceEqual(vouchers.Select(v => v.Id).Order()),
                $"{desktop.Name} holds {string.Join(", ", vouchers.Select(v => v.Id))}, not {string.Join(", ", ids)}. Refused: {await desktop.InboundRejectionsAsync()}\nModules: {desktop.ModuleStates()}");
            Assert.Equal(0, await desktop.PendingOutboxAsync());
            var status = await WaitForStatusAsync(desktop, s => s.PendingUploads == 0 && s.Connectivity == Connectivity.Online, "synced");
            Assert.Null(status.LastError);
            Assert.NotNull(status.LastSuccessfulSync);
        }

        var download = await shellA.DownloadDocumentsAsync();
        Assert.True(download.Accepted || download.Message.En.Contains("already running", StringComparison.Ordinal), download.Message.En);
        await shellA.RefreshAsync(CancellationToken.None);
        Assert.Equal((true, 0, 0), (shellA.Current.HostAvailable, shellA.Current.PendingUpload, shellA.Current.NewOnCloud));

        // Without its sync host the shell says so, and still counts what waits in the outbox.
        b.Host!.Kill();
        await b.CreateCashAsync(CashVoucherKind.Receipt, 700_000m, "5111");
        using var shellB = new SyncHostStatusSource(b.Store);
        await shellB.RefreshAsync(CancellationToken.None);
        Assert.Equal((false, 1), (shellB.Current.HostAvailable, shellB.Current.PendingUpload));
        Assert.False((await shellB.SyncNowAsync()).Accepted);

        var trialBalance = await a.TrialBalanceAsync();
        Assert.Contains(trialBalance, row => row.StartsWith("1111:", StringComparison.Ordinal));
        Assert.NotEqual(trialBalance, await b.TrialBalanceAsync()); // b's new receipt is not synced: the comparison can fail
        await b.StartHostAsync(FastHost);
        await SyncNowAsync(b);
        await SyncNowAsync(a);
        Assert.Equal(await a.TrialBalanceAsync(), await b.TrialBalanceAsync());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // a process may still hold a file for a moment; the temp folder is cleaned by the OS
        }
    }
}
