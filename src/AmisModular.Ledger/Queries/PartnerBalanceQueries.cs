using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Queries;

/// <summary>
/// Balances per account and partner, for the two-sided accounts (131, 331, 1388, 3388) that reports show gross:
/// the sum of the debit balances and the sum of the credit balances across partners, never netted.
/// Sums run in SQL over integer minor units, as in <see cref="LedgerQueries"/>.
/// </summary>
public sealed class PartnerBalanceQueries(IStore store)
{
    /// <summary>
    /// Rows for every (account, partner) whose account starts with one of <paramref name="accountPrefixes"/> and that
    /// has an opening balance or movement: opening at the start of <paramref name="from"/>, turnover in [from, to].
    /// </summary>
    public async Task<IReadOnlyList<PartnerBalanceRow>> PartnerBalancesAsync(
        Guid companyId, Book book, IReadOnlyCollection<string> accountPrefixes, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountPrefixes);
        if (accountPrefixes.Count == 0)
        {
            return [];
        }

        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var openings = await db.OpeningBalances.AsNoTracking()
            .Where(o => o.CompanyId == companyId && o.Book == book && o.AsOfDate <= from)
            .GroupBy(o => new { o.AccountCode, o.PartnerId })
            .Select(g => new Sums(g.Key.AccountCode, g.Key.PartnerId, g.Sum(o => o.Debit), g.Sum(o => o.Credit)))
            .ToListAsync(cancellationToken);
        var lines = db.JournalLines.AsNoTracking().Where(l => l.CompanyId == companyId && l.Book == book);
        var before = await lines.Where(l => l.PostingDate < from)
            .GroupBy(l => new { l.AccountCode, l.PartnerId })
            .Select(g => new Sums(g.Key.AccountCode, g.Key.PartnerId, g.Sum(l => l.Debit), g.Sum(l => l.Credit)))
            .ToListAsync(cancellationToken);
        var period = await lines.Where(l => l.PostingDate >= from && l.PostingDate <= to)
            .GroupBy(l => new { l.AccountCode, l.PartnerId })
            .Select(g => new Sums(g.Key.AccountCode, g.Key.PartnerId, g.Sum(l => l.Debit), g.Sum(l => l.Credit)))
            .ToListAsync(cancellationToken);
        return Combine(openings.Concat(before).ToList(), period, accountPrefixes);
    }

    private static List<PartnerBalanceRow> Combine(List<Sums> opening, List<Sums> period, IReadOnlyCollection<string> prefixes)
    {
        bool Wanted(string code) => prefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal));
        var keys = opening.Concat(period).Where(s => Wanted(s.AccountCode)).Select(s => (s.AccountCode, s.PartnerId)).Distinct()
            .OrderBy(k => k.AccountCode, StringComparer.Ordinal).ThenBy(k => k.PartnerId);
        return [.. keys.Select(key =>
        {
            var openingNet = opening.Where(s => (s.AccountCode, s.PartnerId) == key).Sum(s => s.Debit - s.Credit);
            var moved = period.Where(s => (s.AccountCode, s.PartnerId) == key).ToList();
            return new PartnerBalanceRow(key.AccountCode, key.PartnerId,
                new AccountBalance(Math.Max(openingNet, 0m), Math.Max(-openingNet, 0m)),
                new AccountBalance(moved.Sum(s => s.Debit), moved.Sum(s => s.Credit)));
        })];
    }

    private sealed record Sums(string AccountCode, Guid? PartnerId, decimal Debit, decimal Credit);
}
