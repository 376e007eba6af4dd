using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Figures;
using AmisModular.Ledger.Companies;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests;

/// <summary>
/// The cloud keeps "the derived journal lines, so it can show the latest figures": every accepted push re-derives the
/// document's journal in the same transaction, and the cloud's trial balance equals the desktops' to the đồng.
/// </summary>
public sealed class CloudFiguresTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        await cloud.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Số Liệu", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task TrialBalance_PostedVouchersSynced_EqualsTheDesktopsJournalAndFollowsUnpost()
    {
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address);
        await a.EnrollAsync(cloud, TaxCode);
        await a.CreateCashAsync(CashVoucherKind.Receipt, 12_500_000.5m);
        await a.CreateCashAsync(CashVoucherKind.Payment, 2_000_000m, counterAccount: "6427");
        var journal = await a.CreateVoucherAsync(3_000_000m, post: true);
        await a.CreateVoucherAsync(9_999_999m);   // a draft: no figures anywhere
        await a.Engine.SyncAsync(CancellationToken.None);
        // Posted, unposted and posted again in one batch: the cloud replaces the lines three times in one transaction.
        await a.Vouchers.UnpostAsync(journal.Id, CancellationToken.None);
        await a.Vouchers.PostAsync(journal.Id, CancellationToken.None);
        await a.Vouchers.UnpostAsync(journal.Id, CancellationToken.None);
        await a.Vouchers.PostAsync(journal.Id, CancellationToken.None);
        Assert.Equal(4, (await a.Engine.SyncAsync(CancellationToken.None)).Acked);

        var rows = await TrialBalanceAsync();
        Assert.Equal(["1111: 15,500,000.5/2,000,000 → 13,500,000.5/0", "1121: 0/3,000,000 → 0/3,000,000", "5111: 0/12,500,000.5 → 0/12,500,000.5",
            "6427: 2,000,000/0 → 2,000,000/0"], rows);
        Assert.Equal(await a.JournalAsync(), await CloudJournalAsync());

        await a.Vouchers.UnpostAsync(journal.Id, CancellationToken.None);
        await a.Engine.SyncAsync(CancellationToken.None);

        Assert.DoesNotContain(await TrialBalanceAsync(), r => r.StartsWith("1121", StringComparison.Ordinal));
        Assert.Equal(await a.JournalAsync(), await CloudJournalAsync());
    }

    [Fact]
    public async Task TrialBalance_ReversedPeriodOrUnknownTaxCode_ClearError()
    {
        var figures = cloud.Services.GetRequiredService<CloudTrialBalance>();

        var reversed = await Assert.ThrowsAsync<AdminException>(() => figures.ForAsync(TaxCode, Book.Tax, new(2026, 12, 31), new(2026, 1, 1), CancellationToken.None));
        var unknown = await Assert.ThrowsAsync<AdminException>(() => figures.ForAsync("0309999999", Book.Tax, new(2026, 1, 1), new(2026, 12, 31), CancellationToken.None));

        Assert.Contains("2026-12-31 is after 2026-01-01", reversed.Message, StringComparison.Ordinal);
        Assert.Contains("0309999999", unknown.Message, StringComparison.Ordinal);
    }

    private async Task<List<string>> TrialBalanceAsync()
    {
        var rows = await cloud.Services.GetRequiredService<CloudTrialBalance>().ForAsync(TaxCode, Book.Tax, new(2026, 1, 1), new(2026, 12, 31), CancellationToken.None);
        return [.. rows.Select(r => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{r.AccountCode}: {r.PeriodDebit:#,##0.####}/{r.PeriodCredit:#,##0.####} → {r.ClosingDebit:#,##0.####}/{r.ClosingCredit:#,##0.####}"))];
    }

    private Task<List<string>> CloudJournalAsync() => cloud.JournalAsync();
}
