using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>
/// Phiếu thu / Phiếu chi: Cất, Ghi sổ, Bỏ ghi, Sửa, Xóa. Each change writes the cash rows (schema cash), the number
/// and journal lines (schema core) and the outbox row (schema sync) in ONE transaction.
/// </summary>
public sealed class CashVoucherService(IStore store, PostingService posting)
{
    public async Task<CashVoucher> CreateAsync(CashVoucherDraft draft, bool post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await CreateInUnitAsync(unit, draft, null, post, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return voucher;
    }

    /// <summary>
    /// Cất (and Ghi sổ when <paramref name="post"/>) inside the caller's unit. An import may bring the id and the
    /// numbers; a missing number is taken from the series, a given one moves the series past it.
    /// </summary>
    internal async Task<CashVoucher> CreateInUnitAsync(IUnitOfWork unit, CashVoucherDraft draft, CashVoucherIdentity? identity, bool post, CancellationToken cancellationToken)
    {
        var ledger = unit.Context<LedgerDbContext>();
        await ValidateAsync(ledger, draft, cancellationToken);
        var voucher = new CashVoucher { Id = identity?.Id ?? Guid.CreateVersion7(), Version = 1 };
        Fill(voucher, draft);
        await PostingService.EnsurePeriodOpenAsync(ledger, voucher, cancellationToken);
        await CashNumbering.AssignAsync(ledger, voucher, identity?.TaxNumber, identity?.InternalNumber, cancellationToken);
        unit.Context<CashDbContext>().Vouchers.Add(voucher);
        if (post)
        {
            await PostCoreAsync(unit, voucher, cancellationToken);
        }

        await EnqueueAsync(unit, voucher, post ? SyncOperation.Post : SyncOperation.Upsert, 0, cancellationToken);
        return voucher;
    }

    public async Task<CashVoucher> UpdateAsync(Guid id, long expectedVersion, CashVoucherDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadAsync(unit, id, expectedVersion, cancellationToken);
        if (voucher.Status == CashVoucherStatus.Posted)
        {
            throw new DocumentAlreadyPostedException(PostingException.Describe(voucher));
        }

        var ledger = unit.Context<LedgerDbContext>();
        await PostingService.EnsurePeriodOpenAsync(ledger, voucher, cancellationToken);
        var fixedDraft = draft with { Kind = voucher.Kind, CompanyId = voucher.CompanyId, Books = voucher.Books, BranchId = voucher.BranchId };
        await ValidateAsync(ledger, fixedDraft, cancellationToken);
        Fill(voucher, fixedDraft);
        await PostingService.EnsurePeriodOpenAsync(ledger, voucher, cancellationToken);
        return await SaveChangeAsync(unit, voucher, SyncOperation.Upsert, cancellationToken);
    }

    public async Task<CashVoucher> PostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadAsync(unit, id, null, cancellationToken);
        await PostCoreAsync(unit, voucher, cancellationToken);
        return await SaveChangeAsync(unit, voucher, SyncOperation.Post, cancellationToken);
    }

    public async Task<CashVoucher> UnpostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadAsync(unit, id, null, cancellationToken);
        await PostingService.UnpostAsync(unit, voucher, cancellationToken);
        voucher.Status = CashVoucherStatus.Draft;
        return await SaveChangeAsync(unit, voucher, SyncOperation.Unpost, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadAsync(unit, id, null, cancellationToken);
        if (voucher.Status == CashVoucherStatus.Posted)
        {
            throw new DocumentAlreadyPostedException(PostingException.Describe(voucher));
        }

        await PostingService.EnsurePeriodOpenAsync(unit.Context<LedgerDbContext>(), voucher, cancellationToken);
        var baseVersion = voucher.Version++;
        await EnqueueAsync(unit, voucher, SyncOperation.Delete, baseVersion, cancellationToken);
        unit.Context<CashDbContext>().Vouchers.Remove(voucher);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<CashVoucher?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
    }

    /// <summary>Posts through the ledger pipeline; a payment may not take the till below zero in any of its books.</summary>
    internal async Task PostCoreAsync(IUnitOfWork unit, CashVoucher voucher, CancellationToken cancellationToken)
    {
        await posting.PostAsync(unit, voucher, cancellationToken);
        voucher.Status = CashVoucherStatus.Posted;
        if (voucher.Kind == CashVoucherKind.Payment)
        {
            await EnsureCashCoversAsync(unit.Context<LedgerDbContext>(), voucher, cancellationToken);
        }
    }

    private static async Task EnsureCashCoversAsync(LedgerDbContext ledger, CashVoucher voucher, CancellationToken cancellationToken)
    {
        foreach (var book in voucher.Books.Books())
        {
            var before = await AvailableCashAsync(ledger, voucher.CompanyId, book, voucher.CashAccount, voucher.PostingDate, cancellationToken);
            if (before < voucher.Total)
            {
                throw new NegativeCashBalanceException(PostingException.Describe(voucher), voucher.CashAccount, before, voucher.Total);
            }
        }
    }

    /// <summary>Tồn quỹ at the end of <paramref name="date"/> from saved rows: opening balance + every saved line up to that day.</summary>
    internal static async Task<decimal> AvailableCashAsync(LedgerDbContext ledger, Guid companyId, Book book, string cashAccount, DateOnly date, CancellationToken cancellationToken)
    {
        var opening = ledger.OpeningBalances.Where(o => o.CompanyId == companyId && o.Book == book && o.AccountCode == cashAccount && o.AsOfDate <= date);
        return await opening.SumAsync(o => o.Debit - o.Credit, cancellationToken) + await SavedCashLines(ledger, companyId, book, cashAccount, date).SumAsync(l => l.Debit - l.Credit, cancellationToken);
    }

    /// <summary>
    /// The saved lines of the cash account up to <paramref name="date"/>. Runs on every payment, so it must stay a
    /// range of the covering index (company, book, account, date + amounts): a scan of that account's index
    /// entries only, never of the whole journal to date nor of the table rows.
    /// </summary>
    internal static IQueryable<JournalLine> SavedCashLines(LedgerDbContext ledger, Guid companyId, Book book, string cashAccount, DateOnly date) =>
        ledger.JournalLines.Where(l => l.CompanyId == companyId && l.Book == book && l.AccountCode == cashAccount && l.PostingDate <= date);

    private static async Task ValidateAsync(LedgerDbContext ledger, CashVoucherDraft draft, CancellationToken cancellationToken)
    {
        var company = await CompanyService.RequireAsync(ledger, draft.CompanyId, cancellationToken);
        var errors = CashVoucherValidator.Check(draft, company).Concat(await CashReferenceChecks.CheckAsync(ledger, draft, cancellationToken)).ToList();
        if (errors.Count > 0)
        {
            throw new DocumentValidationException([.. errors.Select(e => e.Error)]);
        }
    }

    private static void Fill(CashVoucher voucher, CashVoucherDraft d)
    {
        (voucher.Kind, voucher.CompanyId, voucher.BranchId, voucher.Books) = (d.Kind, d.CompanyId, d.BranchId, d.Books);
        (voucher.DocumentDate, voucher.PostingDate, voucher.PartnerId) = (d.DocumentDate, d.PostingDate, d.PartnerId);
        (voucher.PersonName, voucher.Address, voucher.Description) = (d.PersonName?.Trim() ?? "", d.Address, d.Description.Trim());
        (voucher.AttachedDocuments, voucher.CashAccount, voucher.Currency) = (d.AttachedDocuments, d.CashAccount, d.Currency);
        CashVoucherLines.Replace(voucher, [.. d.Lines.Select((l, i) => new CashVoucherLine
        {
            VoucherId = voucher.Id, LineNo = i + 1, CounterAccount = l.CounterAccount.Trim(), Amount = l.Amount, Description = l.Description, PartnerId = l.PartnerId,
        })]);
    }

    private static async Task<CashVoucher> LoadAsync(IUnitOfWork unit, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var voucher = await unit.Context<CashDbContext>().Vouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new NotFoundException("cash voucher", id);
        if (expectedVersion is { } expected && expected != voucher.Version)
        {
            throw new ConcurrencyConflictException(id, expected, voucher.Version);
        }

        return voucher;
    }

    private static async Task<CashVoucher> SaveChangeAsync(IUnitOfWork unit, CashVoucher voucher, SyncOperation operation, CancellationToken cancellationToken)
    {
        var baseVersion = voucher.Version++;
        await EnqueueAsync(unit, voucher, operation, baseVersion, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return voucher;
    }

    private static Task<AmisModular.Storage.Outbox.OutboxMessage> EnqueueAsync(IUnitOfWork unit, CashVoucher voucher, SyncOperation operation, long baseVersion, CancellationToken cancellationToken) =>
        unit.Outbox.AddAsync(
            new SyncDocument(CashDocumentTypes.ModuleId, voucher.DocumentType, CashDocumentTypes.SchemaVersion, voucher.Id, voucher.Version, operation,
                CanonicalJson.Serialize(CashVoucherPayload.From(voucher))),
            baseVersion, voucher.TaxNumber ?? voucher.InternalNumber, cancellationToken);
}
