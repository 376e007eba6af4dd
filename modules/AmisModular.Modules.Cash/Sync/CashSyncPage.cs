using System.Text.Json;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.Bulk;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Sync;

/// <summary>
/// Applies a page of pulled cash vouchers set-based, with the results and rows of applying them one by one. The page
/// is looked up in a few queries (which ids exist here, which of its numbers other vouchers hold, the postings of
/// its posted vouchers against a calendar and chart read once) and walked IN ORDER: a new voucher whose number is
/// free (also of every earlier voucher of the page) and whose posting validates joins the fast group, written in
/// bulk; anything else (an existing voucher, a delete or void, a clash, a repeated id, a refused posting, an
/// unreadable payload) first flushes the fast group, then takes the one-document path, which decides it exactly.
/// </summary>
internal sealed class CashSyncPage(IStore store, PostingService posting, CashSyncAdapter adapter)
{
    /// <summary>Ids per IN list: far below every provider's parameter limit.</summary>
    private const int Chunk = 500;

    public async Task<IReadOnlyList<SyncApplyResult>> ApplyAsync(IReadOnlyList<SyncDocument> documents, CancellationToken cancellationToken)
    {
        var parsed = documents.Select(Parse).ToList();
        var (existing, taken, postings) = await LookUpAsync(parsed, cancellationToken);
        var results = new SyncApplyResult[documents.Count];
        var seen = new HashSet<Guid>();
        var claimed = new HashSet<NumberKey>();
        var fast = new List<(CashVoucher Voucher, IReadOnlyList<JournalLine> Journal)>();
        for (var n = 0; n < documents.Count; n++)
        {
            var voucher = parsed[n];
            var repeated = !seen.Add(documents[n].DocumentId);
            var journal = voucher is null ? null : postings.GetValueOrDefault(n);
            var isFast = voucher is not null && !repeated && !existing.Contains(voucher.Id)
                && !Keys(voucher).Any(k => claimed.Contains(k) || taken.Contains(k))
                && (voucher.Status != CashVoucherStatus.Posted || journal is { Succeeded: true });
            if (voucher is not null)
            {
                // Every number of the page counts as taken for the vouchers after it: a false clash only sends a
                // voucher down the exact path, a missed one would write a duplicate.
                claimed.UnionWith(Keys(voucher));
            }

            if (isFast)
            {
                fast.Add((voucher!, journal?.Journal ?? []));
                results[n] = SyncApplyResult.Applied;
                continue;
            }

            await FlushAsync(fast, cancellationToken);
            results[n] = await adapter.ApplyAsync(documents[n], cancellationToken);
        }

        await FlushAsync(fast, cancellationToken);
        return results;
    }

    /// <summary>The voucher a document would create, or null when only the one-document path can decide it.</summary>
    private CashVoucher? Parse(SyncDocument document)
    {
        if (!adapter.DocumentTypes.Contains(document.DocumentType) || document.SchemaVersion > adapter.SchemaVersion
            || document.Operation is SyncOperation.Delete or SyncOperation.Void)
        {
            return null;
        }

        CashVoucherPayload payload;
        try
        {
            payload = CanonicalJson.Deserialize<CashVoucherPayload>(document.PayloadJson);
        }
        catch (JsonException)
        {
            return null;
        }

        if (payload.Id != document.DocumentId)
        {
            return null;
        }

        var voucher = new CashVoucher();
        payload.ApplyTo(voucher);
        voucher.Version = document.Version;
        return voucher;
    }

    private async Task<(HashSet<Guid> Existing, HashSet<NumberKey> Taken, Dictionary<int, PreparedPosting> Postings)> LookUpAsync(
        List<CashVoucher?> parsed, CancellationToken cancellationToken)
    {
        var candidates = parsed.Where(v => v is not null).Select(v => v!).ToList();
        var existing = new HashSet<Guid>();
        var taken = new HashSet<NumberKey>();
        var postings = new Dictionary<int, PreparedPosting>();
        if (candidates.Count == 0)
        {
            return (existing, taken, postings);
        }

        await using var unit = await store.BeginReadAsync(cancellationToken);
        var cash = unit.Context<CashDbContext>();
        foreach (var chunk in candidates.Select(v => v.Id).Distinct().Chunk(Chunk))
        {
            existing.UnionWith(await cash.Vouchers.AsNoTracking().Where(v => chunk.Contains(v.Id)).Select(v => v.Id).ToListAsync(cancellationToken));
        }

        foreach (var chunk in candidates.Chunk(Chunk))
        {
            taken.UnionWith(await TakenAsync(cash, chunk, cancellationToken));
        }

        // Only the vouchers that can still be fast are posted in memory; the others post on the one-document path.
        var posted = parsed.Select((v, n) => (Voucher: v, Index: n))
            .Where(p => p.Voucher is { Status: CashVoucherStatus.Posted } && !existing.Contains(p.Voucher.Id))
            .DistinctBy(p => p.Voucher!.Id).ToList();
        var prepared = await posting.PrepareManyAsync(unit.Context<LedgerDbContext>(), [.. posted.Select(p => p.Voucher!)], cancellationToken);
        for (var n = 0; n < posted.Count; n++)
        {
            postings.Add(posted[n].Index, prepared[n]);
        }

        await unit.CommitAsync(cancellationToken);
        return (existing, taken, postings);
    }

    /// <summary>The numbers of <paramref name="vouchers"/> that local vouchers already hold (one query per company and kind).</summary>
    private static async Task<List<NumberKey>> TakenAsync(CashDbContext cash, IEnumerable<CashVoucher> vouchers, CancellationToken cancellationToken)
    {
        var taken = new List<NumberKey>();
        foreach (var group in vouchers.GroupBy(v => (v.CompanyId, v.Kind)))
        {
            var (company, kind) = group.Key;
            var tax = group.Where(v => v.TaxNumber != null).Select(v => v.TaxNumber).Distinct().ToList();
            var internalNumbers = group.Where(v => v.InternalNumber != null).Select(v => v.InternalNumber).Distinct().ToList();
            var holders = await cash.Vouchers.AsNoTracking()
                .Where(v => v.CompanyId == company && v.Kind == kind && (tax.Contains(v.TaxNumber) || internalNumbers.Contains(v.InternalNumber)))
                .Select(v => new { v.TaxNumber, v.InternalNumber }).ToListAsync(cancellationToken);
            taken.AddRange(holders.Where(h => h.TaxNumber != null).Select(h => new NumberKey(company, kind, true, h.TaxNumber!)));
            taken.AddRange(holders.Where(h => h.InternalNumber != null).Select(h => new NumberKey(company, kind, false, h.InternalNumber!)));
        }

        return taken;
    }

    private static IEnumerable<NumberKey> Keys(CashVoucher voucher)
    {
        if (voucher.TaxNumber is { } tax)
        {
            yield return new NumberKey(voucher.CompanyId, voucher.Kind, true, tax);
        }

        if (voucher.InternalNumber is { } internalNumber)
        {
            yield return new NumberKey(voucher.CompanyId, voucher.Kind, false, internalNumber);
        }
    }

    /// <summary>Writes the fast group in the page's transaction: vouchers, their lines, their journal lines; nothing tracked.</summary>
    private async Task FlushAsync(List<(CashVoucher Voucher, IReadOnlyList<JournalLine> Journal)> fast, CancellationToken cancellationToken)
    {
        if (fast.Count == 0)
        {
            return;
        }

        await using var unit = await store.BeginAsync(cancellationToken);
        var cash = unit.Context<CashDbContext>();
        await cash.BulkInsertAsync(fast.Select(f => f.Voucher), cancellationToken);
        await cash.BulkInsertAsync(fast.SelectMany(f => f.Voucher.Lines), cancellationToken);
        await unit.Context<LedgerDbContext>().BulkInsertAsync(fast.SelectMany(f => f.Journal), cancellationToken);
        await unit.CommitAsync(cancellationToken);
        fast.Clear();
    }

    /// <summary>A voucher number in its uniqueness scope: company, kind, and the book's column (tax or internal).</summary>
    private readonly record struct NumberKey(Guid CompanyId, CashVoucherKind Kind, bool Tax, string Number);
}
