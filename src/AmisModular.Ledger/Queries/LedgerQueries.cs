using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Queries;

/// <summary>
/// What reports and the cash/bank books read. Sums run in SQL over integer minor units (exact on every provider).
/// Balances "at a date" are at the start of that day: opening balances plus every line posted before it.
/// </summary>
public sealed class LedgerQueries(IStore store)
{
    /// <summary>Journal lines of one book in [from, to], optionally for accounts starting with a prefix, in journal order.</summary>
    public async Task<IReadOnlyList<JournalLine>> JournalAsync(
        Guid companyId, Book book, DateOnly from, DateOnly to, string? accountPrefix, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var lines = Lines(unit, companyId, book, accountPrefix, null).Where(l => l.PostingDate >= from && l.PostingDate <= to);
        return await lines.OrderBy(l => l.PostingDate).ThenBy(l => l.DocumentDate).ThenBy(l => l.DocumentNumber)
            .ThenBy(l => l.DocumentId).ThenBy(l => l.LineNo).ToListAsync(cancellationToken);
    }

    /// <summary>Balance at the start of <paramref name="date"/>: opening balances + lines posted before the date.</summary>
    public async Task<AccountBalance> BalanceAsync(
        Guid companyId, Book book, string accountPrefix, DateOnly date, Guid? partnerId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var opening = Openings(unit, companyId, book, accountPrefix, partnerId).Where(o => o.AsOfDate <= date);
        var lines = Lines(unit, companyId, book, accountPrefix, partnerId).Where(l => l.PostingDate < date);
        return new AccountBalance(
            await opening.SumAsync(o => o.Debit, cancellationToken) + await lines.SumAsync(l => l.Debit, cancellationToken),
            await opening.SumAsync(o => o.Credit, cancellationToken) + await lines.SumAsync(l => l.Credit, cancellationToken));
    }

    /// <summary>Số phát sinh: debit and credit turnover in [from, to].</summary>
    public async Task<AccountBalance> TurnoverAsync(
        Guid companyId, Book book, string accountPrefix, DateOnly from, DateOnly to, Guid? partnerId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var lines = Lines(unit, companyId, book, accountPrefix, partnerId).Where(l => l.PostingDate >= from && l.PostingDate <= to);
        return new AccountBalance(await lines.SumAsync(l => l.Debit, cancellationToken), await lines.SumAsync(l => l.Credit, cancellationToken));
    }

    /// <summary>Bảng cân đối tài khoản for [from, to], one row per account with any balance or movement.</summary>
    public async Task<IReadOnlyList<TrialBalanceRow>> TrialBalanceAsync(
        Guid companyId, Book book, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var openings = await Openings(unit, companyId, book, null, null).Where(o => o.AsOfDate <= from)
            .GroupBy(o => new { o.AccountCode, o.PartnerId }).Select(g => new Movement(g.Key.AccountCode, g.Key.PartnerId, g.Sum(o => o.Debit), g.Sum(o => o.Credit)))
            .ToListAsync(cancellationToken);
        var before = await Lines(unit, companyId, book, null, null).Where(l => l.PostingDate < from)
            .GroupBy(l => new { l.AccountCode, l.PartnerId }).Select(g => new Movement(g.Key.AccountCode, g.Key.PartnerId, g.Sum(l => l.Debit), g.Sum(l => l.Credit)))
            .ToListAsync(cancellationToken);
        var period = await Lines(unit, companyId, book, null, null).Where(l => l.PostingDate >= from && l.PostingDate <= to)
            .GroupBy(l => new { l.AccountCode, l.PartnerId }).Select(g => new Movement(g.Key.AccountCode, g.Key.PartnerId, g.Sum(l => l.Debit), g.Sum(l => l.Credit)))
            .ToListAsync(cancellationToken);
        var start = openings.Concat(before).ToList();
        var end = start.Concat(period).ToList();
        return [.. end.Select(m => m.Account).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(code => new TrialBalanceRow(
            code,
            BalanceOf(code, start),
            new AccountBalance(period.Where(m => m.Account == code).Sum(m => m.Debit), period.Where(m => m.Account == code).Sum(m => m.Credit)),
            BalanceOf(code, end)))];
    }

    /// <summary>Net per account; for partner accounts (131/331) net per partner, then debit and credit balances kept apart.</summary>
    private static AccountBalance BalanceOf(string code, IEnumerable<Movement> movements)
    {
        var gross = Posting.PostingService.PartnerAccounts.Any(p => code.StartsWith(p, StringComparison.Ordinal));
        var nets = movements.Where(m => m.Account == code)
            .GroupBy(m => gross ? m.PartnerId : null)
            .Select(g => g.Sum(m => m.Debit) - g.Sum(m => m.Credit))
            .ToList();
        return new AccountBalance(nets.Where(n => n > 0).Sum(), -nets.Where(n => n < 0).Sum());
    }

    private sealed record Movement(string Account, Guid? PartnerId, decimal Debit, decimal Credit);

    private static IQueryable<JournalLine> Lines(IUnitOfWork unit, Guid companyId, Book book, string? accountPrefix, Guid? partnerId)
    {
        var lines = unit.Context<LedgerDbContext>().JournalLines.AsNoTracking().Where(l => l.CompanyId == companyId && l.Book == book);
        if (!string.IsNullOrEmpty(accountPrefix))
        {
            lines = lines.Where(l => l.AccountCode.StartsWith(accountPrefix));
        }

        return partnerId is { } id ? lines.Where(l => l.PartnerId == id) : lines;
    }

    private static IQueryable<Opening.OpeningBalance> Openings(IUnitOfWork unit, Guid companyId, Book book, string? accountPrefix, Guid? partnerId)
    {
        var openings = unit.Context<LedgerDbContext>().OpeningBalances.AsNoTracking().Where(o => o.CompanyId == companyId && o.Book == book);
        if (!string.IsNullOrEmpty(accountPrefix))
        {
            openings = openings.Where(o => o.AccountCode.StartsWith(accountPrefix));
        }

        return partnerId is { } id ? openings.Where(o => o.PartnerId == id) : openings;
    }
}
