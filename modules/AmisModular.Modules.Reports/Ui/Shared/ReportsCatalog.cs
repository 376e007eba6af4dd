using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Workspace;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>What the pages read besides the reports: the working fiscal year, the chart for the picker, partner names.</summary>
public sealed class ReportsCatalog(IStore store)
{
    public static Book BookOf(WorkspaceSelection selection)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return selection.Book == WorkspaceBook.Internal ? Book.Internal : Book.Tax;
    }

    /// <summary>The fiscal year of the selection (the one starting in its year); null when the company has none.</summary>
    public async Task<WorkingPeriod?> PeriodAsync(WorkspaceSelection selection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var years = await unit.Context<LedgerDbContext>().FiscalYears.AsNoTracking()
            .Where(y => y.CompanyId == selection.CompanyId).ToListAsync(cancellationToken);
        var year = years.FirstOrDefault(y => y.StartDate.Year == selection.FiscalYear);
        return year is null ? null : new WorkingPeriod(year.StartDate, year.EndDate, year.Regime);
    }

    /// <summary>The company's chart (prescribed accounts and its own sub-accounts) in effect on a date, in code order.</summary>
    public async Task<IReadOnlyList<AccountOption>> AccountsAsync(Guid companyId, WorkingPeriod period, DateOnly date, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var chart = await ChartService.LoadAsync(unit.Context<LedgerDbContext>(), companyId, period.Regime, date, cancellationToken);
        return [.. chart.Accounts.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => new AccountOption(a.Code, a.NameVi, a.Level))];
    }

    public async Task<IReadOnlyDictionary<Guid, Partner>> PartnersAsync(Guid companyId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<LedgerDbContext>().Partners.AsNoTracking().Where(p => p.CompanyId == companyId)
            .ToDictionaryAsync(p => p.Id, cancellationToken);
    }
}
