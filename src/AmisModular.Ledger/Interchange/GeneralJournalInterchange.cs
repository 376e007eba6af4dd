using System.Text.Json;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Interchange;

/// <summary>
/// <c>core.general-journal</c> in interchange form (= the sync payload, <see cref="GeneralJournalPayload"/>). An import is a
/// new LOCAL voucher: the given id and numbers are kept, missing ones assigned (numbers from the series), version 1,
/// posted when <c>status</c> is <c>posted</c>, and one outbox row so it syncs.
/// </summary>
public sealed class GeneralJournalInterchange(IStore store, PostingService posting)
{
    public async Task<IReadOnlyList<DocumentFieldError>> ValidateAsync(JsonElement document, CancellationToken cancellationToken)
    {
        var errors = new List<DocumentFieldError>();
        if (GeneralJournalReader.Read(document, errors) is { } parsed)
        {
            await using var unit = await store.BeginReadAsync(cancellationToken);
            await GeneralJournalChecks.CheckAsync(unit.Context<LedgerDbContext>(), parsed, errors, cancellationToken);
        }

        return errors;
    }

    public async Task<ImportedDocument> ImportAsync(JsonElement document, CancellationToken cancellationToken)
    {
        var errors = new List<DocumentFieldError>();
        var parsed = GeneralJournalReader.Read(document, errors) ?? throw new InterchangeValidationException(errors);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var books = await GeneralJournalChecks.CheckAsync(db, parsed, errors, cancellationToken);
        if (errors.Count > 0)
        {
            throw new InterchangeValidationException(errors);
        }

        var voucher = new GeneralJournalVoucher
        {
            Id = parsed.Id ?? Guid.CreateVersion7(), Version = 1, CompanyId = parsed.CompanyId, BranchId = parsed.BranchId, Books = books,
            TaxNumber = books.Contains(Book.Tax) ? parsed.TaxNumber : null, InternalNumber = books.Contains(Book.Internal) ? parsed.InternalNumber : null,
            DocumentDate = parsed.DocumentDate, PostingDate = parsed.PostingDate, Description = parsed.Description, Status = parsed.Status,
        };
        GeneralJournalLines.Replace(voucher, [.. parsed.Lines.Select(l => new GeneralJournalLine
        {
            VoucherId = voucher.Id, LineNo = l.LineNo, DebitAccount = l.DebitAccount, CreditAccount = l.CreditAccount, Amount = l.Amount,
            Description = l.Description, DebitPartnerId = l.DebitPartnerId, CreditPartnerId = l.CreditPartnerId,
        })]);
        await NumberMissingAsync(db, voucher, cancellationToken);
        db.GeneralJournalVouchers.Add(voucher);
        if (voucher.Status == DocumentStatus.Posted)
        {
            await posting.PostAsync(unit, voucher, cancellationToken);
        }

        await GeneralJournalService.EnqueueAsync(unit, voucher, voucher.Status == DocumentStatus.Posted ? SyncOperation.Post : SyncOperation.Upsert, 0, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new ImportedDocument(voucher.Id, GeneralJournalVoucher.Type, voucher.DisplayNumber);
    }

    public async Task<JsonElement?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var voucher = await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().Include(v => v.Lines)
            .FirstOrDefaultAsync(v => v.Id == documentId, cancellationToken);
        return voucher is null ? null : JsonDocument.Parse(CanonicalJson.Serialize(GeneralJournalPayload.From(voucher))).RootElement.Clone();
    }

    private static async Task NumberMissingAsync(LedgerDbContext db, GeneralJournalVoucher voucher, CancellationToken cancellationToken)
    {
        var scope = await NumberingScope.ResolveAsync(db, voucher.CompanyId, voucher.BranchId is { } branchId
            ? (await db.Branches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == branchId && b.CompanyId == voucher.CompanyId, cancellationToken))?.Code
              ?? throw new InterchangeValidationException([new DocumentFieldError("$.branchId", "unknown-branch", "Chi nhánh không thuộc công ty / the branch does not belong to the company")])
            : "", cancellationToken);
        foreach (var book in voucher.Books.Books().Where(b => voucher.NumberFor(b) is null))
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
}
