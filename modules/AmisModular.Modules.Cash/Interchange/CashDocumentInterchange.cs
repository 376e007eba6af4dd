using System.Text.Json;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Interchange;

/// <summary>
/// <c>amis doc import|export</c> for cash receipts and payments in the form documented in docs/interchange/cash.md,
/// the same JSON sync carries. An import is a local change: numbered from the series when it has no number, posted
/// when its status says so, and written with its outbox row, all in one transaction.
/// </summary>
public sealed class CashDocumentInterchange(IStore store, CashVoucherService vouchers) : IDocumentInterchange
{
    public string ModuleId => CashDocumentTypes.ModuleId;

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CashDocumentTypes.Receipt, CashDocumentTypes.Payment];

    public async Task<IReadOnlyList<DocumentFieldError>> ValidateAsync(string documentType, JsonElement document, CancellationToken cancellationToken)
    {
        var (parsed, errors) = Read(documentType, document);
        if (parsed is null)
        {
            return errors;
        }

        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await CashInterchangeChecks.CheckAsync(unit, parsed, cancellationToken);
    }

    /// <exception cref="CashImportRejectedException">The document broke a rule; nothing was written.</exception>
    public async Task<ImportedDocument> ImportAsync(string documentType, JsonElement document, CancellationToken cancellationToken)
    {
        var (parsed, errors) = Read(documentType, document);
        if (parsed is null)
        {
            throw new CashImportRejectedException(errors);
        }

        await using var unit = await store.BeginAsync(cancellationToken);
        var problems = await CashInterchangeChecks.CheckAsync(unit, parsed, cancellationToken);
        if (problems.Count > 0)
        {
            throw new CashImportRejectedException(problems);
        }

        var voucher = await vouchers.CreateInUnitAsync(unit, parsed.Draft, parsed.Identity, parsed.Post, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return new ImportedDocument(voucher.Id, voucher.DocumentType, voucher.TaxNumber ?? voucher.InternalNumber);
    }

    public async Task<JsonElement?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var voucher = await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines)
            .FirstOrDefaultAsync(v => v.Id == documentId, cancellationToken);
        if (voucher is null)
        {
            return null;
        }

        using var json = JsonDocument.Parse(CanonicalJson.Serialize(CashVoucherPayload.From(voucher)));
        return json.RootElement.Clone();
    }

    private (CashInterchangeDocument? Document, IReadOnlyList<DocumentFieldError> Errors) Read(string documentType, JsonElement document)
    {
        if (!DocumentTypes.Contains(documentType))
        {
            return (null, [new DocumentFieldError("$", "unknown-document-type",
                $"Mô-đun Quỹ không có loại chứng từ {documentType} (có cash.receipt, cash.payment). / The cash module has no document type {documentType} (it has cash.receipt, cash.payment).")]);
        }

        var reader = new CashInterchangeReader();
        return (reader.Read(documentType, document), reader.Errors);
    }
}
