using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>
/// Chứng từ nghiệp vụ khác: save (Cất), post (Ghi sổ), unpost (Bỏ ghi), delete, reverse. Every change writes the
/// voucher, its journal lines and its outbox row in one transaction.
/// </summary>
public sealed class GeneralJournalService(IStore store, PostingService posting)
{
    public async Task<GeneralJournalVoucher> CreateAsync(GeneralJournalDraft draft, bool post, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var company = await CompanyService.RequireAsync(db, draft.CompanyId, cancellationToken);
        ThrowIfInvalid(GeneralJournalValidator.Validate(draft, company));
        var voucher = new GeneralJournalVoucher { Id = Guid.CreateVersion7(), Version = 1 };
        Fill(voucher, draft);
        await PostingService.EnsurePeriodOpenAsync(db, voucher, cancellationToken);
        await NumberAsync(db, voucher, cancellationToken);
        db.GeneralJournalVouchers.Add(voucher);
        if (post)
        {
            voucher.Status = DocumentStatus.Posted;
            await posting.PostAsync(unit, voucher, cancellationToken);
        }

        await EnqueueAsync(unit, voucher, post ? SyncOperation.Post : SyncOperation.Upsert, 0, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return voucher;
    }

    /// <summary>Sửa: only a draft (unposted) voucher, and only from the version the caller read.</summary>
    public async Task<GeneralJournalVoucher> UpdateAsync(Guid id, long expectedVersion, GeneralJournalDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var voucher = await LoadForChangeAsync(db, id, expectedVersion, cancellationToken);
        if (voucher.Status == DocumentStatus.Posted)
        {
            throw new DocumentAlreadyPostedException(PostingException.Describe(voucher));
        }

        await PostingService.EnsurePeriodOpenAsync(db, voucher, cancellationToken);
        var company = await CompanyService.RequireAsync(db, draft.CompanyId, cancellationToken);
        ThrowIfInvalid(GeneralJournalValidator.Validate(draft with { CompanyId = voucher.CompanyId, Books = voucher.Books }, company));
        Fill(voucher, draft with { CompanyId = voucher.CompanyId, Books = voucher.Books });
        await PostingService.EnsurePeriodOpenAsync(db, voucher, cancellationToken);
        return await SaveChangeAsync(unit, voucher, SyncOperation.Upsert, cancellationToken);
    }

    public async Task<GeneralJournalVoucher> PostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadForChangeAsync(unit.Context<LedgerDbContext>(), id, null, cancellationToken);
        await posting.PostAsync(unit, voucher, cancellationToken);
        voucher.Status = DocumentStatus.Posted;
        return await SaveChangeAsync(unit, voucher, SyncOperation.Post, cancellationToken);
    }

    public async Task<GeneralJournalVoucher> UnpostAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var voucher = await LoadForChangeAsync(unit.Context<LedgerDbContext>(), id, null, cancellationToken);
        await PostingService.UnpostAsync(unit, voucher, cancellationToken);
        voucher.Status = DocumentStatus.Draft;
        return await SaveChangeAsync(unit, voucher, SyncOperation.Unpost, cancellationToken);
    }

    /// <summary>Xóa: only an unposted voucher in an open period.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var voucher = await LoadForChangeAsync(db, id, null, cancellationToken);
        if (voucher.Status == DocumentStatus.Posted)
        {
            throw new DocumentAlreadyPostedException(PostingException.Describe(voucher));
        }

        await PostingService.EnsurePeriodOpenAsync(db, voucher, cancellationToken);
        var baseVersion = voucher.Version;
        voucher.Version++;
        await EnqueueAsync(unit, voucher, SyncOperation.Delete, baseVersion, cancellationToken);
        db.GeneralJournalVouchers.Remove(voucher);
        await unit.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Chứng từ đảo: corrects a posted voucher whose period is locked by a new posted voucher with debit and credit
    /// swapped, dated in an open period. The original stays as it is.
    /// </summary>
    public async Task<GeneralJournalVoucher> ReverseAsync(Guid id, DateOnly postingDate, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var original = await LoadForChangeAsync(db, id, null, cancellationToken);
        if (original.Status != DocumentStatus.Posted)
        {
            throw new DocumentNotPostedException(PostingException.Describe(original));
        }

        var reversal = new GeneralJournalVoucher
        {
            Id = Guid.CreateVersion7(), Version = 1, CompanyId = original.CompanyId, BranchId = original.BranchId, Books = original.Books,
            DocumentDate = postingDate, PostingDate = postingDate, ReversalOfId = original.Id, Status = DocumentStatus.Posted,
            Description = $"Đảo chứng từ {original.DisplayNumber}: {original.Description}",
            Lines = [.. original.Lines.OrderBy(l => l.LineNo).Select(l => new GeneralJournalLine
            {
                LineNo = l.LineNo, DebitAccount = l.CreditAccount, CreditAccount = l.DebitAccount, Amount = l.Amount,
                DebitPartnerId = l.CreditPartnerId, CreditPartnerId = l.DebitPartnerId, Description = l.Description,
            })],
        };
        await PostingService.EnsurePeriodOpenAsync(db, reversal, cancellationToken);
        await NumberAsync(db, reversal, cancellationToken);
        db.GeneralJournalVouchers.Add(reversal);
        await posting.PostAsync(unit, reversal, cancellationToken);
        await EnqueueAsync(unit, reversal, SyncOperation.Post, 0, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return reversal;
    }

    public async Task<GeneralJournalVoucher?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking()
            .Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
    }

    internal static Task EnqueueAsync(IUnitOfWork unit, GeneralJournalVoucher voucher, SyncOperation operation, long baseVersion, CancellationToken cancellationToken)
    {
        var document = new SyncDocument("core", GeneralJournalVoucher.Type, GeneralJournalPayload.SchemaVersion, voucher.Id, voucher.Version,
            operation, CanonicalJson.Serialize(GeneralJournalPayload.From(voucher)));
        return unit.Outbox.AddAsync(document, baseVersion, voucher.TaxNumber ?? voucher.InternalNumber, cancellationToken);
    }

    private static async Task<GeneralJournalVoucher> SaveChangeAsync(IUnitOfWork unit, GeneralJournalVoucher voucher, SyncOperation operation, CancellationToken cancellationToken)
    {
        var baseVersion = voucher.Version;
        voucher.Version++;
        await EnqueueAsync(unit, voucher, operation, baseVersion, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return voucher;
    }

    private static async Task<GeneralJournalVoucher> LoadForChangeAsync(LedgerDbContext db, Guid id, long? expectedVersion, CancellationToken cancellationToken)
    {
        var voucher = await db.GeneralJournalVouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new NotFoundException("general journal voucher", id);
        if (expectedVersion is { } expected && expected != voucher.Version)
        {
            throw new ConcurrencyConflictException(id, expected, voucher.Version);
        }

        return voucher;
    }

    private static async Task NumberAsync(LedgerDbContext db, GeneralJournalVoucher voucher, CancellationToken cancellationToken)
    {
        var scope = await NumberingScope.ResolveAsync(db, voucher.CompanyId, voucher.BranchId is { } branchId
            ? (await db.Branches.FirstOrDefaultAsync(b => b.Id == branchId && b.CompanyId == voucher.CompanyId, cancellationToken))?.Code
              ?? throw new DocumentValidationException([ValidationError.Of("BranchId", "Chi nhánh không thuộc công ty.", "The branch does not belong to the company.")])
            : "", cancellationToken);
        foreach (var book in voucher.Books.Books())
        {
            var number = await NumberSeriesService.TakeNextAsync(db, voucher.CompanyId, book, GeneralJournalVoucher.Type, GeneralJournalVoucher.DefaultPrefix, scope, cancellationToken);
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

    private static void Fill(GeneralJournalVoucher voucher, GeneralJournalDraft draft)
    {
        (voucher.CompanyId, voucher.BranchId, voucher.Books) = (draft.CompanyId, draft.BranchId, draft.Books);
        (voucher.DocumentDate, voucher.PostingDate, voucher.Description) = (draft.DocumentDate, draft.PostingDate, draft.Description ?? "");
        GeneralJournalLines.Replace(voucher, [.. draft.Lines.Select((l, i) => new GeneralJournalLine
        {
            VoucherId = voucher.Id, LineNo = i + 1, DebitAccount = Blank(l.DebitAccount), CreditAccount = Blank(l.CreditAccount), Amount = l.Amount,
            Description = l.Description, DebitPartnerId = l.DebitPartnerId, CreditPartnerId = l.CreditPartnerId,
        })]);
    }

    private static string? Blank(string? account) => string.IsNullOrWhiteSpace(account) ? null : account.Trim();

    private static void ThrowIfInvalid(IReadOnlyList<ValidationError> errors)
    {
        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }
    }
}
