using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Data;
using AmisModular.Ledger.Companies;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Figures;

/// <summary>
/// The latest figures of a company as the cloud holds them: a trial balance per posting account from the journal the
/// cloud derives on every accepted push. Balances are shown on their net side (dư Nợ or dư Có), per account, not per
/// partner. The sums run in SQL over integer ten-thousandths, so they are exact on every provider.
/// </summary>
public sealed class CloudTrialBalance(CloudDbFactory databases)
{
    public async Task<IReadOnlyList<TrialBalanceRow>> ForAsync(string taxCode, Book ledger, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (to < from)
        {
            throw new AdminException($"Kỳ báo cáo sai: {from:dd/MM/yyyy} sau {to:dd/MM/yyyy}. / The period is reversed: {from:yyyy-MM-dd} is after {to:yyyy-MM-dd}.");
        }

        await using var db = databases.Create();
        var tenant = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.TaxCode == taxCode, cancellationToken)
            ?? throw AdminException.UnknownTenant(taxCode);
        var books = db.Books.Where(b => b.TenantId == tenant.Id).Select(b => b.Id);
        var lines = db.JournalLines.AsNoTracking().Where(l => books.Contains(l.BookId) && l.Ledger == ledger && l.PostingDate <= to);
        var before = await Totals(lines.Where(l => l.PostingDate < from), cancellationToken);
        var during = await Totals(lines.Where(l => l.PostingDate >= from), cancellationToken);
        return [.. before.Keys.Union(during.Keys).Order(StringComparer.Ordinal).Select(account =>
        {
            var opening = before.GetValueOrDefault(account);
            var period = during.GetValueOrDefault(account);
            var closing = opening.Debit - opening.Credit + period.Debit - period.Credit;
            var openingNet = opening.Debit - opening.Credit;
            return new TrialBalanceRow(account, Math.Max(openingNet, 0), Math.Max(-openingNet, 0), period.Debit, period.Credit,
                Math.Max(closing, 0), Math.Max(-closing, 0));
        })];
    }

    private static async Task<Dictionary<string, (decimal Debit, decimal Credit)>> Totals(IQueryable<CloudJournalLine> lines, CancellationToken cancellationToken)
    {
        var rows = await lines.GroupBy(l => l.AccountCode)
            .Select(g => new { Account = g.Key, Debit = g.Sum(l => l.Debit), Credit = g.Sum(l => l.Credit) })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Account, r => (r.Debit, r.Credit), StringComparer.Ordinal);
    }
}
