using System.Runtime.CompilerServices;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Sync;

/// <summary>Cash receipts and payments in canonical JSON; apply is idempotent by id and version and re-derives the journal.</summary>
public sealed class CashSyncAdapter(IStore store, PostingService posting) : ISyncAdapter
{
    public string ModuleId => CashDocumentTypes.ModuleId;

    public int SchemaVersion => CashDocumentTypes.SchemaVersion;

    public IReadOnlyCollection<string> DocumentTypes { get; } = [CashDocumentTypes.Receipt, CashDocumentTypes.Payment];

    public async Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var voucher = await unit.Context<CashDbContext>().Vouchers.AsNoTracking().Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == documentId, cancellationToken);
        return voucher is null
            ? null
            : new SyncDocument(ModuleId, voucher.DocumentType, SchemaVersion, voucher.Id, voucher.Version,
                voucher.Status == CashVoucherStatus.Posted ? SyncOperation.Post : SyncOperation.Upsert, CanonicalJson.Serialize(CashVoucherPayload.From(voucher)));
    }

    public async IAsyncEnumerable<SyncDocumentVersion> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var rows = unit.Context<CashDbContext>().Vouchers.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => new { v.Kind, v.Id, v.Version }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return new SyncDocumentVersion(CashDocumentTypes.For(row.Kind), row.Id, row.Version);
        }
    }

    public Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken) =>
        ApplyAsync(document, replace: false, cancellationToken);

    /// <summary>
    /// A pulled page set-based (see <see cref="CashSyncPage"/>): new vouchers in bulk, everything else through
    /// <see cref="ApplyAsync(SyncDocument, CancellationToken)"/> in order, so the results are those of applying one by one.
    /// </summary>
    public Task<IReadOnlyList<SyncApplyResult>> ApplyManyAsync(IReadOnlyList<SyncDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new CashSyncPage(store, posting, this).ApplyAsync(documents, cancellationToken);
    }

    /// <summary>The server copy wins a push conflict: written whatever the local version (the sync engine kept the local one).</summary>
    public Task<SyncApplyResult> ReplaceWithServerCopyAsync(SyncDocument serverCopy, CancellationToken cancellationToken) =>
        ApplyAsync(serverCopy, replace: true, cancellationToken);

    private async Task<SyncApplyResult> ApplyAsync(SyncDocument document, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!DocumentTypes.Contains(document.DocumentType) || document.SchemaVersion > SchemaVersion)
        {
            return SyncApplyResult.Rejected($"Không đọc được {document.DocumentType} v{document.SchemaVersion} / cannot read {document.DocumentType} v{document.SchemaVersion}.");
        }

        try
        {
            return await ApplyCoreAsync(document, replace, cancellationToken);
        }
        catch (LedgerException ex)
        {
            return SyncApplyResult.Rejected(ex.Message);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return SyncApplyResult.Rejected($"Nội dung chứng từ không hợp lệ / invalid payload: {ex.Message}");
        }
    }

    private async Task<SyncApplyResult> ApplyCoreAsync(SyncDocument document, bool replace, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var cash = unit.Context<CashDbContext>();
        var local = await cash.Vouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == document.DocumentId, cancellationToken);
        if (local is not null && local.Version >= document.Version && !replace)
        {
            return SyncApplyResult.AlreadyCurrent;
        }

        if (local is not null && await PostingService.IsPostedAsync(unit.Context<LedgerDbContext>(), local.Id, cancellationToken))
        {
            await PostingService.UnpostAsync(unit, local, cancellationToken);
        }

        if (document.Operation is SyncOperation.Delete or SyncOperation.Void)
        {
            if (local is not null)
            {
                cash.Vouchers.Remove(local);
            }

            await unit.CommitAsync(cancellationToken);
            return SyncApplyResult.Applied;
        }

        var payload = CanonicalJson.Deserialize<CashVoucherPayload>(document.PayloadJson);
        if (payload.Id != document.DocumentId)
        {
            return SyncApplyResult.Rejected("Mã chứng từ trong nội dung khác mã đồng bộ / payload id differs from the document id.");
        }

        if (await NumberTakenAsync(cash, payload, cancellationToken) is { } clash)
        {
            // A local voucher holds the same number (a reused counter): neither copy is overwritten; the local one is
            // parked by its number-collision ack and both wait for review.
            return SyncApplyResult.Rejected(
                $"Số phiếu {clash} đã dùng cho phiếu khác trên máy này; cần xem lại. / Voucher number {clash} is used by another local voucher; review needed.");
        }

        var voucher = local ?? cash.Vouchers.Add(new CashVoucher()).Entity;
        payload.ApplyTo(voucher);
        voucher.Version = document.Version;
        if (voucher.Status == CashVoucherStatus.Posted)
        {
            // The origin already accepted the payment; only the ledger checks apply here, not the till policy.
            await posting.PostAsync(unit, voucher, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
        return SyncApplyResult.Applied;
    }

    /// <summary>
    /// A draft whose number the server refused takes the next free number of its own series (same company, book, type
    /// and branch scope) and is queued again, in the caller's transaction. A posted voucher keeps its number: review.
    /// </summary>
    public async Task<RenumberResult> RenumberAsync(RenumberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var unit = await store.BeginAsync(cancellationToken);
        var cash = unit.Context<CashDbContext>();
        var ledger = unit.Context<LedgerDbContext>();
        var voucher = await cash.Vouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == request.DocumentId, cancellationToken);
        if (voucher is null)
        {
            return RenumberResult.Cannot("Phiếu không còn trên máy này. / The voucher no longer exists on this device.");
        }

        var name = voucher.Kind == CashVoucherKind.Receipt ? ("Phiếu thu", "Cash receipt") : ("Phiếu chi", "Cash payment");
        var book = voucher.TaxNumber is not null ? Book.Tax : Book.Internal;
        var old = voucher.NumberFor(book) ?? "";
        if (voucher.Status == CashVoucherStatus.Posted)
        {
            return RenumberResult.Cannot($"{name.Item1} {old} đã ghi sổ nên giữ số; cần xem lại. / {name.Item2} {old} is posted and keeps its number; review needed.");
        }

        var scope = await CashNumbering.ScopeAsync(ledger, voucher, cancellationToken);
        var number = await FreeNumber.TakeAsync(ledger, voucher.CompanyId, book, voucher.DocumentType, CashDocumentTypes.PrefixFor(voucher.Kind), scope,
            request.CollidingNumber, n => cash.Vouchers.AnyAsync(v => v.Id != voucher.Id && v.CompanyId == voucher.CompanyId && v.Kind == voucher.Kind
                && (v.TaxNumber == n || v.InternalNumber == n), cancellationToken), cancellationToken);
        if (book == Book.Tax)
        {
            voucher.TaxNumber = number;
        }
        else
        {
            voucher.InternalNumber = number;
        }

        voucher.Version = request.BaseVersion + 1;
        await unit.Outbox.AddAsync(new SyncDocument(ModuleId, voucher.DocumentType, SchemaVersion, voucher.Id, voucher.Version, SyncOperation.Upsert,
            CanonicalJson.Serialize(CashVoucherPayload.From(voucher))), request.BaseVersion, number, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return RenumberResult.Done(old, number,
            $"{name.Item1} {old} đã đổi số thành {number} vì trùng số. / {name.Item2} {old} was renumbered to {number} because the number was already used.");
    }

    private static async Task<string?> NumberTakenAsync(CashDbContext cash, CashVoucherPayload payload, CancellationToken cancellationToken)
    {
        var (tax, internalNumber) = (payload.TaxNumber, payload.InternalNumber);
        return await cash.Vouchers.AsNoTracking()
            .Where(v => v.Id != payload.Id && v.CompanyId == payload.CompanyId && v.Kind == payload.Kind
                        && ((tax != null && v.TaxNumber == tax) || (internalNumber != null && v.InternalNumber == internalNumber)))
            .Select(v => v.TaxNumber ?? v.InternalNumber).FirstOrDefaultAsync(cancellationToken);
    }
}
