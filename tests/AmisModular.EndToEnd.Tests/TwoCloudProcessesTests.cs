using AmisModular.EndToEnd.Tests.Infrastructure;
using AmisModular.Modules.Cash.Documents;
using static AmisModular.EndToEnd.Tests.Infrastructure.HostDriver;

namespace AmisModular.EndToEnd.Tests;

/// <summary>
/// Several cloud nodes serve one database: two cloud processes over one real PostgreSQL, three desktops with their
/// amis-sync hosts split over the two nodes, all saving and syncing at the same time. Sequence assignment and pulls
/// must be right under concurrent writers on different nodes: every store ends with every voucher exactly once.
/// </summary>
public sealed class TwoCloudProcessesTests(PostgresServer postgres) : IClassFixture<PostgresServer>, IDisposable
{
    private const string TaxCode = "0101234567";
    private const int VouchersPerDesktop = 12;
    private readonly string _directory = Directory.CreateTempSubdirectory("amis-e2e-").FullName;

    [Fact]
    public async Task ThreeHostsOverTwoNodes_ConcurrentSavesAndSyncs_EveryStoreHoldsEveryVoucherOnce()
    {
        var publisher = new TestPublisher(_directory);
        using var first = new CloudProcess(postgres.ConnectionString, migrate: true);
        using var second = new CloudProcess(postgres.ConnectionString, migrate: false);
        await first.StartAsync();
        await second.StartAsync();
        var companyId = await first.CreateTenantAsync(TaxCode, "Công ty TNHH Hai Nút");
        await first.OpenYearAsync(TaxCode, 2026);
        var desktops = new List<Desktop>();
        try
        {
            foreach (var (name, node) in new[] { ("a", first), ("b", second), ("c", second) })
            {
                var desktop = new Desktop(_directory, name, publisher);
                desktops.Add(desktop);
                publisher.InstallLicence(desktop.DataDirectory, TaxCode);
                await desktop.OpenAsync();
                await desktop.EnrollAsync(node.Address, await first.IssueEnrollmentCodeAsync(TaxCode));
                Assert.Equal(companyId, desktop.CompanyId);
                await desktop.StartHostAsync(FastHost);
            }

            // Each desktop saves and syncs in turns while the others do the same through the other node.
            var saved = await Task.WhenAll(desktops.Select(async desktop =>
            {
                var ids = new List<Guid>();
                for (var i = 1; i <= VouchersPerDesktop; i++)
                {
                    ids.Add((await desktop.CreateCashAsync(CashVoucherKind.Receipt, 100_000m * i, "5111")).Id);
                    if (i % 4 == 0)
                    {
                        await SyncNowAsync(desktop);
                    }
                }

                return ids;
            }));

            foreach (var desktop in desktops.Concat(desktops))
            {
                await SyncNowAsync(desktop);
            }

            var all = saved.SelectMany(ids => ids).Order().ToList();
            Assert.Equal(desktops.Count * VouchersPerDesktop, all.Distinct().Count());
            var trialBalance = await desktops[0].TrialBalanceAsync();
            foreach (var desktop in desktops)
            {
                var held = (await desktop.CashVouchersAsync()).Select(v => v.Id).Order().ToList();
                Assert.True(all.SequenceEqual(held), $"{desktop.Name} holds {held.Count} of {all.Count} vouchers. Refused: {await desktop.InboundRejectionsAsync()}");
                Assert.Equal(0, await desktop.PendingOutboxAsync());
                Assert.Equal(trialBalance, await desktop.TrialBalanceAsync());
            }
        }
        finally
        {
            foreach (var desktop in desktops)
            {
                await desktop.DisposeAsync();
            }
        }
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
