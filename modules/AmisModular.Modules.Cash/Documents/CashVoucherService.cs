using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Numbering;
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
        var ledger = unit.Context<LedgerDbContext>();
        await ValidateAsync(ledger, draft, cancellationToken);
        var voucher = new CashVoucher { Id = Guid.CreateVersion7(), Version = 1 };
        Fill(voucher, draft);
        await PostingService.EnsurePeriodOpenAsync(ledger, voucher, cancellationToken);
        await NumberAsync(ledger, voucher, cancellationToken);
        unit.Context<CashDbContext>().Vouchers.Add(voucher);
        if (post)
        {
            await PostCoreAsync(unit, voucher, cancellationToken);
        }

        await EnqueueAsync(unit, voucher, post ? SyncOperation.Post : SyncOperation.Upsert, 0, cancellationToken);
        await unit.CommitAsync(cancellationToken);
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
            var opening = ledger.OpeningBalances.Where(o => o.CompanyId == voucher.CompanyId && o.Book == book && o.AccountCode == voucher.CashAccount && o.AsOfDate <= voucher.PostingDate);
            var saved = ledger.JournalLines.Where(l => l.CompanyId == voucher.CompanyId && l.Book == book && l.AccountCode == voucher.CashAccount && l.PostingDate <= voucher.PostingDate);
            var before = await opening.SumAsync(o => o.Debit - o.Credit, cancellationToken) + await saved.SumAsync(l => l.Debit - l.Credit, cancellationToken);
            if (before < voucher.Total)
            {
                throw new NegativeCashBalanceException(PostingException.Describe(voucher), voucher.CashAccount, before, voucher.Total);
            }
        }
    }

    private static async Task ValidateAsync(LedgerDbContext ledger, CashVoucherDraft draft, CancellationToken cancellationToken)
    {
        var company = await CompanyService.RequireAsync(ledger, draft.CompanyId, cancellationToken);
        var errors = CashVoucherValidator.Validate(draft, company).ToList();
        var partners = draft.Lines.Select(l => l.PartnerId).Append(draft.PartnerId).OfType<Guid>().Distinct().ToList();
        var known = await ledger.Partners.Where(p => p.CompanyId == draft.CompanyId && partners.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (partners.Except(known).Any())
        {
            errors.Add(ValidationError.Of(nameof(draft.PartnerId), "Đối tượng không tồn tại hoặc không thuộc công ty.", "The partner does not exist or belongs to another company."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }
    }

    private static async Task NumberAsync(LedgerDbContext ledger, CashVoucher voucher, CancellationToken cancellationToken)
    {
        var scope = voucher.BranchId is { } branchId
            ? (await ledger.Branches.FirstOrDefaultAsync(b => b.Id == branchId && b.CompanyId == voucher.CompanyId, cancellationToken))?.Code
              ?? throw new DocumentValidationException([ValidationError.Of("BranchId", "Chi nhánh không thuộc công ty.", "The branch does not belong to the company.")])
            : "";
        foreach (var book in voucher.Books.Books())
        {
            var number = await NumberSeriesService.TakeNextAsync(ledger, voucher.CompanyId, book, voucher.DocumentType, CashDocumentTypes.PrefixFor(voucher.Kind), scope, cancellationToken);
            if (book == Book.Tax)
            {
                voucher.TaxNumber = number;
            }
            else
            {
                voucher.InternalNumber = number;
            }
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
