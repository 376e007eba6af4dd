using System.Net;
using System.Net.Http.Json;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests;

/// <summary>
/// The fiscal years a book keeps on the server (admin <c>open-year</c>): 12 months from a first-of-month start, never
/// overlapping; once a book has one, a document dated outside every open year is refused <c>period-not-open</c>.
/// </summary>
public sealed class FiscalYearTests : IAsyncLifetime
{
    private const string TaxCode = "0100000088";
    private readonly TempDirectory directory = new();
    private CloudNode node = null!;
    private TenantCreated tenant = null!;

    private FiscalYearAdmin Years => node.Services.GetRequiredService<FiscalYearAdmin>();

    public async Task InitializeAsync()
    {
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={directory.File("cloud.db")};Pooling=False");
        tenant = await node.Admin.CreateTenantAsync(TaxCode, "Công ty Năm Tài Chính", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        directory.Dispose();
    }

    [Fact]
    public async Task Open_CalendarAndAprilYears_ListedWithTheirTwelveMonths()
    {
        await Years.OpenAsync(TaxCode, 2026, null, CancellationToken.None);
        await Years.OpenAsync(TaxCode, 2027, new DateOnly(2027, 1, 1), CancellationToken.None);

        var years = await Years.ListAsync(TaxCode, CancellationToken.None);

        Assert.Equal([(2026, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), (2027, new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 31))],
            years.Select(y => (y.Year, y.StartDate, y.EndDate)));
    }

    [Fact]
    public async Task Open_SameYearAgain_SameStartChangesNothingOtherStartRefused()
    {
        var first = await Years.OpenAsync(TaxCode, 2026, new DateOnly(2026, 4, 1), CancellationToken.None);

        var again = await Years.OpenAsync(TaxCode, 2026, new DateOnly(2026, 4, 1), CancellationToken.None);
        var moved = await Assert.ThrowsAsync<AdminException>(() => Years.OpenAsync(TaxCode, 2026, new DateOnly(2026, 1, 1), CancellationToken.None));

        Assert.Equal(first.OpenedAt, again.OpenedAt);
        Assert.Contains("already open from 2026-04-01", moved.Message, StringComparison.Ordinal);
        Assert.Single(await Years.ListAsync(TaxCode, CancellationToken.None));
    }

    [Fact]
    public async Task Open_OverlappingYear_RefusedNamingBothYears()
    {
        await Years.OpenAsync(TaxCode, 2026, new DateOnly(2026, 4, 1), CancellationToken.None); // 01/04/2026 – 31/03/2027

        var overlap = await Assert.ThrowsAsync<AdminException>(() => Years.OpenAsync(TaxCode, 2027, null, CancellationToken.None));

        Assert.Contains("Fiscal year 2027 (2027-01-01..2027-12-31) overlaps year 2026 (2026-04-01..2027-03-31)", overlap.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, "2026-04-15")]
    [InlineData(2026, "2025-01-01")]
    [InlineData(1999, null)]
    public async Task Open_BadYearOrStart_RefusedNamingTheOption(int year, string? start)
    {
        var error = await Assert.ThrowsAsync<AdminException>(() =>
            Years.OpenAsync(TaxCode, year, start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None));

        Assert.Contains(start is null ? "--year" : "--start", error.Message, StringComparison.Ordinal);
        Assert.Empty(await Years.ListAsync(TaxCode, CancellationToken.None));
    }

    [Fact]
    public async Task Open_UnknownTenant_Refused()
    {
        await Assert.ThrowsAsync<AdminException>(() => Years.OpenAsync("0199999999", 2026, null, CancellationToken.None));
    }

    [Fact]
    public async Task AdminApi_PutThenGet_OpensAndListsTheYear()
    {
        using var admin = new HttpClient { BaseAddress = node.Address };
        admin.DefaultRequestHeaders.Add("X-Admin-Key", "test-admin-key");

        var put = await admin.PutAsJsonAsync($"admin/v1/tenants/{TaxCode}/fiscal-years/2026", new { start = "2026-07-01" });
        var years = await admin.GetFromJsonAsync<List<CloudFiscalYear>>($"admin/v1/tenants/{TaxCode}/fiscal-years", ProtocolJson.Options);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var year = Assert.Single(years!);
        Assert.Equal((2026, new DateOnly(2026, 7, 1), new DateOnly(2027, 6, 30)), (year.Year, year.StartDate, year.EndDate));
    }

    [Fact]
    public async Task Check_BookWithoutYears_AcceptsAnyDate_ThenOnlyDatesInsideAnOpenYear()
    {
        await using (var db = node.Database())
        {
            Assert.Null((await FiscalYearCheck.LoadAsync(db, tenant.BookId, CancellationToken.None)).Refusal(new DateOnly(2031, 5, 5)));
        }

        await Years.OpenAsync(TaxCode, 2026, null, CancellationToken.None);
        await using var after = node.Database();
        var check = await FiscalYearCheck.LoadAsync(after, tenant.BookId, CancellationToken.None);

        Assert.Null(check.Refusal(new DateOnly(2026, 12, 31)));
        Assert.Null(check.Refusal(null));
        var refusal = check.Refusal(new DateOnly(2027, 1, 1));
        Assert.Equal(RejectionCodes.PeriodNotOpen, refusal!.Code);
        Assert.Contains("2027-01-01 is outside every fiscal year open on the server (2026)", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_VoucherDatedOutsideEveryOpenYear_RefusedPeriodNotOpen_AcceptedOnceItsYearIsOpen()
    {
        await Years.OpenAsync(TaxCode, 2027, null, CancellationToken.None);
        var device = await Devices.EnrollAsync(node, TaxCode);
        var voucher = Guid.CreateVersion7();

        var refused = Assert.Single(await Devices.PushAsync(node, device, Devices.Voucher(1, tenant.CompanyId, "NV-1", 100m, voucher)));
        await Years.OpenAsync(TaxCode, 2026, null, CancellationToken.None);
        var accepted = Assert.Single(await Devices.PushAsync(node, device, Devices.Voucher(2, tenant.CompanyId, "NV-1", 100m, voucher)));

        Assert.Equal((AckStatus.Rejected, RejectionCodes.PeriodNotOpen), (refused.Status, refused.Error?.Code));
        Assert.Contains("2026-03-15 is outside every fiscal year open on the server (2027)", refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(AckStatus.Accepted, accepted.Status);
        await using var db = node.Database();
        Assert.Equal(1, await db.Documents.CountAsync(d => d.BookId == tenant.BookId));
    }
}
