using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>
/// What the voucher editor's lookups search: the company's partners and its postable accounts (an account with
/// sub-accounts is not postable, as the posting pipeline would refuse it). Catalogs are small: filtered in memory.
/// </summary>
public sealed class CashLookups(IStore store)
{
    public const int MaxResults = 20;

    public async Task<IReadOnlyList<PartnerOption>> PartnersAsync(Guid companyId, string? text, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var partners = await unit.Context<LedgerDbContext>().Partners.AsNoTracking().Where(p => p.CompanyId == companyId)
            .Select(p => new PartnerOption(p.Id, p.Code, p.Name, p.Address)).ToListAsync(cancellationToken);
        return [.. partners.Where(p => TextMatch.Contains(p.Code, text) || TextMatch.Contains(p.Name, text))
            .OrderBy(p => !TextMatch.Fold(p.Code).StartsWith(TextMatch.Fold(text), StringComparison.Ordinal)).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Take(MaxResults)];
    }

    public async Task<PartnerOption?> PartnerAsync(Guid partnerId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<LedgerDbContext>().Partners.AsNoTracking().Where(p => p.Id == partnerId)
            .Select(p => new PartnerOption(p.Id, p.Code, p.Name, p.Address)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Postable accounts effective on <paramref name="date"/> whose code or name contains the text; <paramref name="prefix"/> limits them (e.g. 111).</summary>
    public async Task<IReadOnlyList<AccountOption>> AccountsAsync(Guid companyId, DateOnly date, string? prefix, string? text, CancellationToken cancellationToken)
    {
        var all = await PostableAsync(companyId, date, cancellationToken);
        return [.. all.Where(a => (prefix is null || a.Code.StartsWith(prefix, StringComparison.Ordinal))
                && (TextMatch.Contains(a.Code, text) || TextMatch.Contains(a.NameVi, text) || TextMatch.Contains(a.NameEn, text)))
            .OrderBy(a => !a.Code.StartsWith(text?.Trim() ?? "", StringComparison.Ordinal)).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Take(MaxResults)];
    }

    public async Task<AccountOption?> AccountAsync(Guid companyId, DateOnly date, string code, CancellationToken cancellationToken) =>
        (await PostableAsync(companyId, date, cancellationToken)).FirstOrDefault(a => a.Code == code);

    private async Task<List<AccountOption>> PostableAsync(Guid companyId, DateOnly date, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var ledger = unit.Context<LedgerDbContext>();
        var found = await FiscalCalendar.FindAsync(ledger, companyId, date, cancellationToken);
        var regime = found?.Year.Regime ?? RegimeRules.DefaultFor(date);
        var chart = await ChartService.LoadAsync(ledger, companyId, regime, date, cancellationToken);
        return [.. chart.Accounts.Where(a => chart.IsPostable(a.Code)).OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => new AccountOption(a.Code, a.NameVi, a.NameEn))];
    }
}
