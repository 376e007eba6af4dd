using System.Runtime.CompilerServices;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Numbering;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Sync;

/// <summary>
/// Moves general journal vouchers between nodes. Export = canonical JSON; apply = idempotent by id and version
/// (an equal or older version changes nothing), re-deriving the journal locally through the same posting rule.
/// Applying a remote change writes no outbox row: it is not a local change.
/// </summary>
public sealed class GeneralJournalSyncAdapter(IStore store, PostingService posting) : ISyncAdapter
{
    public string ModuleId => "core";

    public int SchemaVersion => GeneralJournalPayload.SchemaVersion;

    public IReadOnlyCollection<string> DocumentTypes { get; } = [GeneralJournalVoucher.Type];

    public async Task<SyncDocument?> ExportAsync(Guid documentId, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var voucher = await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().Include(v => v.Lines)
            .FirstOrDefaultAsync(v => v.Id == documentId, cancellationToken);
        return voucher is null
            ? null
            : new SyncDocument(ModuleId, GeneralJournalVoucher.Type, SchemaVersion, voucher.Id, voucher.Version,
                voucher.Status == DocumentStatus.Posted ? SyncOperation.Post : SyncOperation.Upsert,
                CanonicalJson.Serialize(GeneralJournalPayload.From(voucher)));
    }

    public async IAsyncEnumerable<SyncDocumentVersion> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var rows = unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().OrderBy(v => v.Id)
            .Select(v => new SyncDocumentVersion(GeneralJournalVoucher.Type, v.Id, v.Version)).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    public Task<SyncApplyResult> ApplyAsync(SyncDocument document, CancellationToken cancellationToken) =>
        ApplyAsync(document, replace: false, cancellationToken);

    /// <summary>The server copy wins a push conflict: written whatever the local version (the sync engine kept the local one).</summary>
    public Task<SyncApplyResult> ReplaceWithServerCopyAsync(SyncDocument serverCopy, CancellationToken cancellationToken) =>
        ApplyAsync(serverCopy, replace: true, cancellationToken);

    /// <summary>
    /// A draft whose number the server refused takes the next free number of its own series and is queued again, in
    /// the caller's transaction. A posted voucher keeps its number: review.
    /// </summary>
    public async Task<RenumberResult> RenumberAsync(RenumberRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var voucher = await db.GeneralJournalVouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == request.DocumentId, cancellationToken);
        if (voucher is null)
        {
            return RenumberResult.Cannot("Chứng từ không còn trên máy này. / The voucher no longer exists on this device.");
        }

        var book = voucher.TaxNumber is not null ? Book.Tax : Book.Internal;
        var old = (book == Book.Tax ? voucher.TaxNumber : voucher.InternalNumber) ?? "";
        if (voucher.Status == DocumentStatus.Posted)
        {
            return RenumberResult.Cannot($"Chứng từ {old} đã ghi sổ nên giữ số; cần xem lại. / Voucher {old} is posted and keeps its number; review needed.");
        }

        var scope = await NumberingScope.ResolveAsync(db, voucher.CompanyId, voucher.BranchId is { } branchId
            ? (await db.Branches.FirstOrDefaultAsync(b => b.Id == branchId && b.CompanyId == voucher.CompanyId, cancellationToken))?.Code ?? ""
            : "", cancellationToken);
        var number = await FreeNumber.TakeAsync(db, voucher.CompanyId, book, GeneralJournalVoucher.Type, GeneralJournalVoucher.DefaultPrefix, scope,
            request.CollidingNumber, n => db.GeneralJournalVouchers.AnyAsync(v => v.Id != voucher.Id && v.CompanyId == voucher.CompanyId
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
        await GeneralJournalService.EnqueueAsync(unit, voucher, SyncOperation.Upsert, request.BaseVersion, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return RenumberResult.Done(old, number,
            $"Chứng từ nghiệp vụ khác {old} đã đổi số thành {number} vì trùng số. / General journal voucher {old} was renumbered to {number} because the number was already used.");
    }

    private async Task<SyncApplyResult> ApplyAsync(SyncDocument document, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.DocumentType != GeneralJournalVoucher.Type || document.SchemaVersion > SchemaVersion)
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
        var db = unit.Context<LedgerDbContext>();
        var local = await db.GeneralJournalVouchers.Include(v => v.Lines).FirstOrDefaultAsync(v => v.Id == document.DocumentId, cancellationToken);
        if (local is not null && local.Version >= document.Version && !replace)
        {
            return SyncApplyResult.AlreadyCurrent;
        }

        if (local is not null && await PostingService.IsPostedAsync(db, local.Id, cancellationToken))
        {
            await PostingService.UnpostAsync(unit, local, cancellationToken);
        }

        if (document.Operation is SyncOperation.Delete or SyncOperation.Void)
        {
            if (local is not null)
            {
                db.GeneralJournalVouchers.Remove(local);
            }

            await unit.CommitAsync(cancellationToken);
            return SyncApplyResult.Applied;
        }

        var payload = CanonicalJson.Deserialize<GeneralJournalPayload>(document.PayloadJson);
        if (payload.Id != document.DocumentId)
        {
            return SyncApplyResult.Rejected("Mã chứng từ trong nội dung khác mã đồng bộ / payload id differs from the document id.");
        }

        var (tax, internalNumber) = (payload.TaxNumber, payload.InternalNumber);
        var clash = await db.GeneralJournalVouchers.AsNoTracking()
            .Where(v => v.Id != payload.Id && v.CompanyId == payload.CompanyId
                        && ((tax != null && v.TaxNumber == tax) || (internalNumber != null && v.InternalNumber == internalNumber)))
            .Select(v => v.TaxNumber ?? v.InternalNumber).FirstOrDefaultAsync(cancellationToken);
        if (clash is not null)
        {
            // A local voucher holds the same number (a reused counter; the local one is parked by its number-collision
            // ack): neither is overwritten, the change is recorded as an inbound rejection and the feed moves on.
            return SyncApplyResult.Rejected(
                $"Số chứng từ {clash} đã dùng cho chứng từ khác trên máy này; cần xem lại. / Voucher number {clash} is used by another local voucher; review needed.");
        }

        var voucher = local ?? db.GeneralJournalVouchers.Add(new GeneralJournalVoucher()).Entity;
        payload.ApplyTo(voucher);
        voucher.Version = document.Version;
        if (voucher.Status == DocumentStatus.Posted)
        {
            await posting.PostAsync(unit, voucher, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
        return SyncApplyResult.Applied;
    }
}
