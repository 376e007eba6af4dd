using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Chart;

public sealed class RegimeAndChartTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await LedgerHost.CreateAsync(fiscalYear: 2026);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OpenYear_DefaultsToTt99From2026AndTt200Before()
    {
        var calendar = host.Get<FiscalCalendar>();
        var y2025 = await calendar.OpenYearAsync(host.Company.Id, 2025, null, CancellationToken.None);
        var y2026 = await FiscalCalendarFind(D("2026-06-30"));

        Assert.Equal(AccountingRegime.Tt200, y2025.Regime);
        Assert.Equal(AccountingRegime.Tt99, y2026);
        Assert.Equal(12, y2025.Periods.Count);
        Assert.Equal(D("2025-02-28"), y2025.Periods[1].EndDate);
    }

    [Fact]
    public async Task OpenYear_WrongRegimeForTheYear_IsAFieldError()
    {
        var error = await Assert.ThrowsAsync<DocumentValidationException>(() =>
            host.Get<FiscalCalendar>().OpenYearAsync(host.Company.Id, 2025, AccountingRegime.Tt99, CancellationToken.None));
        Assert.Equal("Regime", Assert.Single(error.Errors).Field);
        await Assert.ThrowsAsync<DocumentValidationException>(() =>
            host.Get<FiscalCalendar>().OpenYearAsync(host.Company.Id, 2026, AccountingRegime.Tt133, CancellationToken.None));
    }

    [Fact]
    public async Task Charts_DifferByRegime_SameCodeDifferentMeaning()
    {
        var charts = host.Get<ChartService>();
        var tt99 = await charts.LoadAsync(host.Company.Id, AccountingRegime.Tt99, D("2026-01-01"), CancellationToken.None);
        var tt133 = await charts.LoadAsync(host.Company.Id, AccountingRegime.Tt133, D("2026-01-01"), CancellationToken.None);
        var tt200 = await charts.LoadAsync(host.Company.Id, AccountingRegime.Tt200, D("2025-01-01"), CancellationToken.None);

        Assert.Equal("Tiền gửi không kỳ hạn", tt99.Find("112")!.NameVi);
        Assert.Equal("Tiền gửi ngân hàng", tt200.Find("112")!.NameVi);
        Assert.Equal("Chi phí bán hàng", tt133.Find("6421")!.NameVi);
        Assert.Equal("Chi phí nhân viên quản lý", tt99.Find("6421")!.NameVi);
        Assert.False(tt133.Exists("641"));
        Assert.True(tt133.IsPostable("3385"));
        Assert.False(tt99.Exists("3385"));
        Assert.False(tt99.IsPostable("8211"));
        Assert.True(tt99.IsPostable("82112"));
        Assert.True(tt200.IsPostable("8211"));
        Assert.Equal(AccountNature.Both, tt99.Find("131")!.Nature);
        Assert.False(tt99.Find("1111")!.Prescribed);
        Assert.True(tt200.Find("1111")!.Prescribed);
        Assert.False(tt200.Exists("82111"));
    }

    [Fact]
    public async Task OpenSubAccount_BadCodes_AreFieldErrors()
    {
        var charts = host.Get<ChartService>();
        var wrongParent = await Assert.ThrowsAsync<DocumentValidationException>(() =>
            charts.OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "1121", "1131", "x", "x", CancellationToken.None));
        var duplicate = await Assert.ThrowsAsync<DocumentValidationException>(() =>
            charts.OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "112", "1121", "x", "x", CancellationToken.None));

        Assert.Equal("Code", Assert.Single(wrongParent.Errors).Field);
        Assert.Contains("1121", Assert.Single(duplicate.Errors).Text.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Companies_ManyPerInstallation_UniqueAndValidTaxCodes()
    {
        var companies = host.Get<Companies.CompanyService>();
        var second = await companies.CreateAsync("0312345678-001", "Chi nhánh Sài Gòn", false, CancellationToken.None);
        Assert.NotEqual(host.Company.Id, second.Id);

        var duplicate = await Assert.ThrowsAsync<DocumentValidationException>(() => companies.CreateAsync("0101234567", "x", false, CancellationToken.None));
        var invalid = await Assert.ThrowsAsync<DocumentValidationException>(() => companies.CreateAsync("12345", "", false, CancellationToken.None));

        Assert.Equal("TaxCode", Assert.Single(duplicate.Errors).Field);
        Assert.Equal(["TaxCode", "Name"], invalid.Errors.Select(e => e.Field));
    }

    private async Task<AccountingRegime> FiscalCalendarFind(DateOnly date)
    {
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);
        var found = await FiscalCalendar.FindAsync(unit.Context<AmisModular.Ledger.Storage.LedgerDbContext>(), host.Company.Id, date, CancellationToken.None);
        return found!.Value.Year.Regime;
    }
}
