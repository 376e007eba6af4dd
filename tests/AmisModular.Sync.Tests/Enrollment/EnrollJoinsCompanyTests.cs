using AmisModular.Cloud.FiscalYears;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Outbox;
using AmisModular.Sync.State;
using AmisModular.Sync.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests.Enrollment;

/// <summary>
/// A desktop joins an existing company through <c>amis-sync enroll</c> alone: the command creates the company with the
/// cloud's id, tax code and name, opens the server's fiscal years and records the device's series, so vouchers can be
/// saved and synced with no set-up by hand; two such desktops number apart; a store of another company is refused.
/// Real SQLite stores, a real cloud on 127.0.0.1.
/// </summary>
public sealed class EnrollJoinsCompanyTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private const string CompanyName = "Công ty TNHH Hai Máy";
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDirectory temp = new();
    private CloudNode cloud = null!;
    private Guid companyId;

    public async Task InitializeAsync()
    {
        cloud = await CloudNode.StartSqliteAsync(temp.Path);
        companyId = (await cloud.Admin.CreateTenantAsync(TaxCode, CompanyName, null, null, None)).CompanyId;
        await cloud.Services.GetRequiredService<FiscalYearAdmin>().OpenAsync(TaxCode, 2026, null, None);
    }

    public async Task DisposeAsync()
    {
        await cloud.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task Enroll_FreshStore_JoinsTheCloudCompany_ACashVoucherIsSavedAndSyncedWithoutSetUp()
    {
        var device = Guid.CreateVersion7();

        var run = await EnrollAsync("a", device);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Đã tạo công ty / Company created", run.Output, StringComparison.Ordinal);
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device);
        var company = Assert.Single(await LedgerAsync(a, db => db.Companies.AsNoTracking().ToListAsync()));
        Assert.Equal((companyId, TaxCode, CompanyName, true), (company.Id, company.TaxCode, company.Name, company.UsesInternalBook));
        var year = Assert.Single(await LedgerAsync(a, db => db.FiscalYears.AsNoTracking().Include(y => y.Periods).ToListAsync()));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), AccountingRegime.Tt99, 12), (year.StartDate, year.EndDate, year.Regime, year.Periods.Count));

        var receipt = await a.CreateCashAsync(CashVoucherKind.Receipt, 2_500_000m);
        var report = await a.Engine.SyncAsync(None);

        Assert.Equal($"PT{a.Series}-00001", receipt.TaxNumber);
        Assert.Equal((1, 0), (report.Acked, report.Parked));
        Assert.Equal(receipt.Id, Assert.Single(await cloud.ChangeLogAsync()).DocumentId);
    }

    [Fact]
    public async Task Enroll_TwoFreshDesktopsOfOneCompany_VouchersSavedOfflineOnEach_SyncWithDistinctNumbers()
    {
        var (deviceA, deviceB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        Assert.Equal(0, (await EnrollAsync("a", deviceA)).ExitCode);
        Assert.Equal(0, (await EnrollAsync("b", deviceB)).ExitCode);
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: deviceA);
        await using var b = await ClientNode.StartAsync(temp.Path, "b", cloud.Address, deviceId: deviceB);
        Assert.NotEqual(a.Series, b.Series);

        // Neither desktop has synced: each numbers from its own counter, as it would with the cable pulled.
        var saved = new List<string?>();
        foreach (var node in new[] { a, b })
        {
            saved.Add((await node.CreateCashAsync(CashVoucherKind.Receipt, 1_000_000m)).TaxNumber);
            saved.Add((await node.CreateCashAsync(CashVoucherKind.Receipt, 2_000_000m)).TaxNumber);
            saved.Add((await node.CreateCashAsync(CashVoucherKind.Payment, 300_000m, "6427")).TaxNumber);
            saved.Add((await node.CreateVoucherAsync(50_000m, post: true)).TaxNumber);
        }

        foreach (var node in new[] { a, b, a })
        {
            await node.Engine.SyncAsync(None);
        }

        Assert.Equal(saved.Count, saved.Distinct().Count());
        Assert.Equal(8, (await cloud.ChangeLogAsync()).Select(c => c.DocumentId).Distinct().Count());
        foreach (var node in new[] { a, b })
        {
            var outbox = await node.OutboxAsync();
            Assert.All(outbox, m => Assert.Equal(OutboxState.Acked, m.State));
            var numbers = (await node.CashVouchersAsync()).Select(v => v.TaxNumber).Concat((await node.VouchersAsync()).Select(v => v.TaxNumber));
            Assert.Equal(saved.Order(), numbers.Order());
            Assert.Empty(await node.StateAsync(s => s.ConflictCopies.AsNoTracking().ToListAsync()));
        }
    }

    [Fact]
    public async Task Enroll_StoreKeepsAnotherCompany_RefusedNamingBoth_StoreUnchanged()
    {
        var device = Guid.CreateVersion7();
        await using (var other = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device))
        {
            var created = await other.Get<CompanyService>().CreateAsync("0309999999", "Công ty Khác", usesInternalBook: false, None);
            await other.Get<FiscalCalendar>().OpenYearAsync(created.Id, 2026, null, None);
        }

        var before = await SnapshotAsync("a", device);
        var run = await EnrollAsync("a", device);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("0309999999", run.Error, StringComparison.Ordinal);
        Assert.Contains(TaxCode, run.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync("a", device));
    }

    [Fact]
    public async Task Enroll_StoreKeepsTheSameTaxCodeUnderAnotherId_RefusedStoreUnchanged()
    {
        var device = Guid.CreateVersion7();
        await using (var other = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device))
        {
            await other.Get<CompanyService>().CreateAsync(TaxCode, CompanyName, usesInternalBook: true, None);
        }

        var before = await SnapshotAsync("a", device);
        var run = await EnrollAsync("a", device);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--company-id", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync("a", device));
    }

    /// <summary>
    /// The first desktop made the company itself (the tenant was created with its id): enrolling adopts it, and doing
    /// it again (the same code from the same installation, as after a lost answer) adds nothing twice. A revoked device
    /// cannot come back with a new code (the cloud refuses its id), and the store stays as it was.
    /// </summary>
    [Fact]
    public async Task Enroll_StoreKeepsTheSameCompany_AdoptedOnce_ReenrollingDuplicatesNothing()
    {
        const string ownTaxCode = "0312345678";
        var device = Guid.CreateVersion7();
        Guid ownId;
        await using (var first = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device))
        {
            ownId = (await first.Get<CompanyService>().CreateAsync(ownTaxCode, "Công ty Máy Đầu", usesInternalBook: false, None)).Id;
            await first.Get<FiscalCalendar>().OpenYearAsync(ownId, 2026, null, None);
        }

        await cloud.Admin.CreateTenantAsync(ownTaxCode, "Công ty Máy Đầu", ownId, null, None);
        var code = (await cloud.Admin.IssueEnrollmentCodeAsync(ownTaxCode, null, TimeSpan.FromHours(1), None)).Code;

        var run = await EnrollCommandRun.RunAsync(temp.Path, "a", device, cloud.Address, code);
        var again = await EnrollCommandRun.RunAsync(temp.Path, "a", device, cloud.Address, code);
        await cloud.Admin.RevokeDeviceAsync(device, None);
        var revoked = await EnrollCommandRun.RunAsync(
            temp.Path, "a", device, cloud.Address, (await cloud.Admin.IssueEnrollmentCodeAsync(ownTaxCode, null, TimeSpan.FromHours(1), None)).Code);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Company already in this store", run.Output, StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.NotEqual(0, revoked.ExitCode);
        await using var a = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device);
        var company = Assert.Single(await LedgerAsync(a, db => db.Companies.AsNoTracking().ToListAsync()));
        Assert.Equal((ownId, false), (company.Id, company.UsesInternalBook));
        Assert.Single(await LedgerAsync(a, db => db.FiscalYears.AsNoTracking().ToListAsync()));
        Assert.Equal(a.Series, Assert.Single(await LedgerAsync(a, db => db.DeviceSeries.AsNoTracking().ToListAsync())).Series);
        Assert.Single(await a.StateAsync(s => s.Credentials.AsNoTracking().ToListAsync()));
        Assert.Equal($"PT{a.Series}-00001", (await a.CreateCashAsync(CashVoucherKind.Receipt, 700_000m)).TaxNumber);
    }

    /// <summary>
    /// A refused enrollment is given back: the cloud forgets the device and the code is free again, so the store the code
    /// was meant for still enrolls with it (before, the code stayed spent and the device registered to nobody's store).
    /// </summary>
    [Fact]
    public async Task Enroll_RefusedByTheStore_DeviceForgottenOnTheCloud_TheSameCodeEnrollsTheRightStore()
    {
        var device = Guid.CreateVersion7();
        await using (var other = await ClientNode.StartAsync(temp.Path, "a", cloud.Address, deviceId: device))
        {
            var created = await other.Get<CompanyService>().CreateAsync("0309999999", "Công ty Khác", usesInternalBook: false, None);
            await other.Get<FiscalCalendar>().OpenYearAsync(created.Id, 2026, null, None);
        }

        var code = await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), None);
        var refused = await EnrollCommandRun.RunAsync(temp.Path, "a", device, cloud.Address, code.Code);
        var deviceOnCloud = await cloud.ReadAsync(db => db.Devices.AnyAsync(d => d.Id == device));
        var right = await EnrollCommandRun.RunAsync(temp.Path, "b", Guid.CreateVersion7(), cloud.Address, code.Code);

        Assert.NotEqual(0, refused.ExitCode);
        Assert.False(deviceOnCloud, "The refused device is still registered on the cloud.");
        Assert.True(right.ExitCode == 0, right.Error);
        Assert.Equal(1, await cloud.ReadAsync(db => db.Devices.CountAsync()));
    }

    private async Task<EnrollCommandRun> EnrollAsync(string name, Guid device)
    {
        var code = await cloud.Admin.IssueEnrollmentCodeAsync(TaxCode, null, TimeSpan.FromHours(1), None);
        return await EnrollCommandRun.RunAsync(temp.Path, name, device, cloud.Address, code.Code);
    }

    private static async Task<T> LedgerAsync<T>(ClientNode node, Func<LedgerDbContext, Task<T>> read)
    {
        await using var unit = await node.Store.BeginReadAsync(None);
        return await read(unit.Context<LedgerDbContext>());
    }

    /// <summary>What enrollment could have written: companies, years, periods, series, device series, credentials.</summary>
    private async Task<string> SnapshotAsync(string name, Guid device)
    {
        await using var node = await ClientNode.StartAsync(temp.Path, name, cloud.Address, deviceId: device);
        var companies = await LedgerAsync(node, db => db.Companies.AsNoTracking().OrderBy(c => c.TaxCode).Select(c => $"{c.Id}|{c.TaxCode}|{c.Name}").ToListAsync());
        var years = await LedgerAsync(node, db => db.FiscalYears.AsNoTracking().Select(y => $"{y.CompanyId}|{y.StartDate}").ToListAsync());
        var periods = await LedgerAsync(node, db => db.FiscalPeriods.CountAsync());
        var series = await LedgerAsync(node, db => db.NumberSeries.CountAsync());
        var deviceSeries = await LedgerAsync(node, db => db.DeviceSeries.CountAsync());
        var credentials = await node.StateAsync(s => s.Credentials.CountAsync());
        return $"{string.Join(",", companies)} / {string.Join(",", years.Order())} / {periods} / {series} / {deviceSeries} / {credentials}";
    }
}
