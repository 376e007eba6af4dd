using System.Text.Json;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Partitions;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;

using AmisModular.Cloud.Push;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AmisModular.Cloud.Tests.Push.Reference;

/// <summary>
/// The per-mutation push processor as it was before the set-based rewrite, kept verbatim (only renamed) as the
/// reference the equivalence tests compare the production processor with.
///
/// POST /sync/v1/push. One database transaction per request: lock the device row (so a duplicate delivery waits and
/// then finds its seqs processed), check the epoch, then per mutation in order: replay the stored ack (same hash) or
/// refuse key reuse, stop at a gap, validate, check the version, write the document, the change_log row and the ack.
///
/// serverSeq comes from the book row (<see cref="CloudBook.LastServerSeq"/>), locked at the start of the transaction
/// and held until commit. A second writer to the same book blocks on that lock until the first commits, and only
/// then reads the counter, so it can only take a higher seq than every committed one: serverSeq order equals commit
/// order, and a reader that sees serverSeq N has already been able to see every seq below N. No change can later
/// appear below a cursor a client has passed.
/// </summary>
public sealed class PerMutationPushProcessor(CloudDbFactory databases, CloudOptions options, IEnumerable<IDocumentRule> rules, TimeProvider clock, ILogger<PerMutationPushProcessor> log)
{
    private readonly Dictionary<string, IDocumentRule> rulesByType = rules.ToDictionary(r => r.DocumentType, StringComparer.Ordinal);

    public async Task<IResult> PushAsync(DeviceCaller caller, PushRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(request);
        if (CheckRequest(caller, request) is { } refused)
        {
            return refused;
        }

        await using var db = databases.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var device = await RowLocks.DeviceAsync(db, caller.Device.Id, cancellationToken);
        if (device is null || device.Revoked)
        {
            return SyncResults.Error(403, SyncErrorCodes.DeviceRevoked, "Thiết bị đã bị thu hồi. / The device was revoked.");
        }

        if (device.BookAccessRevoked)
        {
            return PartitionRemovedResult.For(device.BookId);
        }

        if (request.Epoch != device.Epoch)
        {
            return SyncResults.Error(422, SyncErrorCodes.EpochMismatch,
                $"Kỷ nguyên thiết bị {request.Epoch} khác {device.Epoch} của máy chủ. / Device epoch {request.Epoch} differs from the server's {device.Epoch}.");
        }

        var book = await RowLocks.BookAsync(db, device.BookId, cancellationToken);
        var years = await FiscalYearCheck.LoadAsync(db, book.Id, cancellationToken);
        var acks = new List<MutationAck>(request.Mutations.Count);
        var refusedDocuments = new HashSet<Guid>();
        // A later change of a deferred document is deferred for the same reason as the first.
        var deferredDocuments = new Dictionary<Guid, AckError>();

        // Deferred behind a deferred change of the document, refused behind a refused one (or as the client's skip),
        // else applied. A skip refuses nothing after it: the client set that change aside itself, so a later change of
        // the same document it sends was made on what it holds now.
        async Task<MutationAck> DecideAsync(Mutation mutation)
        {
            var ack = deferredDocuments.TryGetValue(mutation.DocumentId, out var deferral) ? Deferred(mutation, deferral)
                : mutation.Skip || refusedDocuments.Contains(mutation.DocumentId)
                ? Rejected(mutation, new AckError(RejectionCodes.DependencyParked,
                    "Thay đổi trước của chứng từ này bị từ chối hoặc xung đột. / An earlier change of this voucher was refused or conflicted.", false))
                : await ApplyAsync(db, caller, device, book, years, mutation, cancellationToken);
            if ((ack.Status is AckStatus.Conflict or AckStatus.Rejected) && !mutation.Skip)
            {
                refusedDocuments.Add(mutation.DocumentId);
            }
            else if (ack.Status == AckStatus.Deferred)
            {
                deferredDocuments[mutation.DocumentId] = ack.Error!;
            }

            return ack;
        }

        foreach (var mutation in request.Mutations)
        {
            if (mutation.Seq <= device.LastSeq)
            {
                var stored = await db.Acks.FindAsync([device.Id, device.Epoch, mutation.Seq], cancellationToken);
                if (stored is not null && stored.PayloadHash != mutation.PayloadHash)
                {
                    return SyncResults.Error(422, SyncErrorCodes.KeyReuse,
                        $"Số thứ tự {mutation.Seq} đã dùng cho nội dung khác. / Seq {mutation.Seq} was already used for a different payload.", seq: mutation.Seq);
                }

                if (stored is not null && stored.Status == nameof(AckStatus.Deferred))
                {
                    // Tried again under the rules of a new seq: behind a refused change of its document it is refused too.
                    var retried = await DecideAsync(mutation);
                    (stored.Status, stored.AckJson) = (retried.Status.ToString(), JsonSerializer.Serialize(retried, ProtocolJson.Options));
                    acks.Add(retried);
                    continue;
                }

                // A replayed refusal still refuses what follows: a later change of the same document in this request
                // was made on top of the refused one (the client had not seen the refusal), so it must not apply.
                var replayed = Replay(stored, mutation);
                if ((replayed.Status is AckStatus.Conflict or AckStatus.Rejected) && !mutation.Skip)
                {
                    refusedDocuments.Add(mutation.DocumentId);
                }

                acks.Add(replayed);
                continue;
            }

            if (mutation.Seq != device.LastSeq + 1)
            {
                return SyncResults.Error(409, SyncErrorCodes.Gap,
                    $"Thiếu thay đổi từ số {device.LastSeq + 1}. / Seq {mutation.Seq} arrived before {device.LastSeq + 1}.", expected: device.LastSeq + 1);
            }

            var ack = await DecideAsync(mutation);

            db.Acks.Add(new StoredAck
            {
                DeviceId = device.Id, Epoch = device.Epoch, Seq = mutation.Seq, PayloadHash = mutation.PayloadHash,
                Status = ack.Status.ToString(), AckJson = JsonSerializer.Serialize(ack, ProtocolJson.Options),
            });
            device.LastSeq = mutation.Seq;
            acks.Add(ack);
        }

        device.LastSeenAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log(device, acks);
        return SyncResults.Ok(new PushResponse(acks, device.LastSeq));
    }

    private IResult? CheckRequest(DeviceCaller caller, PushRequest request)
    {
        if (request.DeviceId != caller.Device.Id || (request.BookId is { } bookId && bookId != caller.Book.Id))
        {
            log.LogWarning("Device {DeviceId} sent a push for device {BodyDevice} / book {BodyBook}", caller.Device.Id, request.DeviceId, request.BookId);
            return SyncResults.Error(403, SyncErrorCodes.PartitionMismatch,
                "Thiết bị không được ghi vào dữ liệu này. / This device may not write to that device or book.");
        }

        if (request.Mutations is null || request.Mutations.Count > options.MaxBatchDocs)
        {
            return SyncResults.Error(413, SyncErrorCodes.BatchTooLarge, $"Tối đa {options.MaxBatchDocs} thay đổi mỗi lần. / At most {options.MaxBatchDocs} mutations per push.");
        }

        foreach (var mutation in request.Mutations)
        {
            if (options.Modules.TryGetValue(mutation.Module, out var window) && mutation.SchemaVersion < window.Min)
            {
                return SyncResults.Error(426, SyncErrorCodes.UpgradeRequired,
                    $"Phân hệ {mutation.Module} cần cập nhật lên phiên bản dữ liệu {window.Min}. / Module {mutation.Module} must be upgraded to schema {window.Min}.",
                    required: window.Min);
            }
        }

        return null;
    }

    private async Task<MutationAck> ApplyAsync(
        CloudDbContext db, DeviceCaller caller, Device device, CloudBook book, FiscalYearCheck years, Mutation m, CancellationToken cancellationToken)
    {
        if (Check(caller, book, years, m, out var facts) is { } refusal)
        {
            return Rejected(m, refusal);
        }

        if (!options.Modules.TryGetValue(m.Module, out var window) || m.SchemaVersion > window.Max)
        {
            return Deferred(m, new AckError(RejectionCodes.ServerUpgradeRequired,
                $"Máy chủ chưa hỗ trợ {m.Module} v{m.SchemaVersion}; thay đổi được giữ lại. / The server does not accept {m.Module} v{m.SchemaVersion} yet; the change stays queued.", Retryable: true));
        }

        if (await MissingReferenceAsync(db, book, facts, cancellationToken) is { } missing)
        {
            // Seq order makes a reference created earlier (this batch or a previous one) visible here; a reference that
            // is still missing is refused whole, so no document ever points at nothing.
            return Rejected(m, new AckError(RejectionCodes.MissingDocument,
                $"Chứng từ tham chiếu {missing} chưa có trên máy chủ. / The referenced document {missing} does not exist on the server.", Retryable: false));
        }

        var document = await db.Documents.FindAsync([book.Id, m.DocumentId], cancellationToken);
        if (CheckVersion(document, m) is { } versionAck)
        {
            return versionAck;
        }

        if (facts.Number is { } number && await db.Documents.AnyAsync(
                d => d.BookId == book.Id && d.DocumentType == m.DocumentType && d.Number == number && d.DocumentId != m.DocumentId && !d.Removed, cancellationToken))
        {
            return Rejected(m, new AckError(RejectionCodes.NumberCollision,
                $"Số chứng từ {number} đã có trên máy chủ. / Voucher number {number} already exists on the server.", Retryable: false));
        }

        return await WriteAsync(db, device, book, document, m, facts, cancellationToken);
    }

    private static async Task<Guid?> MissingReferenceAsync(CloudDbContext db, CloudBook book, DocumentFacts facts, CancellationToken cancellationToken)
    {
        foreach (var reference in facts.References ?? [])
        {
            if (!await db.Documents.AnyAsync(d => d.BookId == book.Id && d.DocumentId == reference && !d.Removed, cancellationToken))
            {
                return reference;
            }
        }

        return null;
    }

    private AckError? Check(DeviceCaller caller, CloudBook book, FiscalYearCheck years, Mutation m, out DocumentFacts facts)
    {
        facts = new DocumentFacts(null, null, null);
        if (!caller.Tenant.IsLicensed(m.Module))
        {
            return new AckError(RejectionCodes.UnlicensedModule, $"Công ty chưa có giấy phép phân hệ {m.Module}. / The company has no licence for module {m.Module}.", false);
        }

        if (!MutationOperations.IsKnown(m.Operation))
        {
            return new AckError(RejectionCodes.InvalidOperation, $"Thao tác '{m.Operation}' không hợp lệ. / Operation '{m.Operation}' is unknown.", false);
        }

        if (CanonicalJson.Sha256Hex(m.Payload ?? "") != m.PayloadHash)
        {
            return new AckError(RejectionCodes.PayloadHash, "Mã băm nội dung không khớp. / payloadHash does not match the payload.", false);
        }

        if (!rulesByType.TryGetValue(m.DocumentType, out var rule) || !options.Modules.ContainsKey(m.Module))
        {
            return new AckError(RejectionCodes.UnknownDocumentType, $"Loại chứng từ {m.DocumentType} không được hỗ trợ. / Document type {m.DocumentType} is unknown.", false);
        }

        facts = rule.Inspect(m, caller.Tenant);
        if (facts.Error is not null)
        {
            return facts.Error;
        }

        return book.LockedThrough is { } locked && facts.PostingDate <= locked
            ? new AckError(RejectionCodes.PeriodLocked,
                $"Kỳ kế toán đến {locked:dd/MM/yyyy} đã khóa sổ. / The period up to {locked:yyyy-MM-dd} is locked.", false)
            : years.Refusal(facts.PostingDate);
    }

    /// <summary>Void beats edit; posted documents are immutable (correct by reversal); otherwise the base version must match.</summary>
    private static MutationAck? CheckVersion(CloudDocument? document, Mutation m)
    {
        if (document is null)
        {
            return m.BaseVersion == 0 && !MutationOperations.Removes(m.Operation)
                ? null
                : Rejected(m, new AckError(RejectionCodes.MissingDocument,
                    $"Máy chủ không có chứng từ {m.DocumentId} phiên bản {m.BaseVersion}. / The server has no version {m.BaseVersion} of document {m.DocumentId}.", false));
        }

        if (document.Version == m.BaseVersion + 1 && document.Operation == m.Operation && document.Payload is { } payload
            && CanonicalJson.Sha256Hex(payload) == m.PayloadHash)
        {
            // The very same change from the same base is already here (after a restore, every device that holds a lost
            // document re-pushes it): applied once, answered as a duplicate rather than as a conflict with itself.
            return new MutationAck(m.Seq, AckStatus.Duplicate, m.DocumentId, document.Version, document.LastServerSeq, document.Number);
        }

        if (document.Removed)
        {
            return Rejected(m, new AckError(RejectionCodes.Voided, "Chứng từ đã bị hủy ở nơi khác; thay đổi này không áp dụng. / The voucher was voided elsewhere; this change is not applied.", false))
                with { ServerCopy = CopyOf(document) };
        }

        if (document.Posted && m.Operation != MutationOperations.Unpost)
        {
            return Rejected(m, new AckError(RejectionCodes.Immutable,
                "Chứng từ đã ghi sổ không sửa được; hãy lập chứng từ đảo. / A posted voucher cannot be changed; record a reversal instead.", false))
                with { ServerCopy = CopyOf(document) };
        }

        // Void beats edit: removing a draft that was edited elsewhere since is not a conflict; the removal wins.
        return document.Version == m.BaseVersion || MutationOperations.Removes(m.Operation)
            ? null
            : new MutationAck(m.Seq, AckStatus.Conflict, m.DocumentId, Version: document.Version,
                Error: new AckError("version-conflict", $"Chứng từ đã được sửa ở nơi khác (phiên bản {document.Version}). / The voucher was changed elsewhere (version {document.Version}).", false),
                ServerCopy: CopyOf(document));
    }

    private static ServerCopy CopyOf(CloudDocument document) =>
        new(document.Module, document.DocumentType, document.SchemaVersion, document.Version, document.Operation, document.Removed ? null : document.Payload);

    private async Task<MutationAck> WriteAsync(
        CloudDbContext db, Device device, CloudBook book, CloudDocument? document, Mutation m, DocumentFacts facts, CancellationToken cancellationToken)
    {
        var number = facts.Number;
        var now = clock.GetUtcNow();
        if (document is null)
        {
            document = new CloudDocument { BookId = book.Id, DocumentId = m.DocumentId };
            db.Documents.Add(document);
        }

        var removes = MutationOperations.Removes(m.Operation);
        book.LastServerSeq++;
        (document.Module, document.DocumentType, document.SchemaVersion, document.Version) = (m.Module, m.DocumentType, m.SchemaVersion, Math.Max(document.Version, m.BaseVersion) + 1);
        (document.Operation, document.Posted, document.Removed) = (m.Operation, m.Operation == MutationOperations.Post, removes);
        (document.Number, document.Payload, document.LastServerSeq, document.UpdatedAt) = (number, m.Payload, book.LastServerSeq, now);
        db.ChangeLog.Add(new ChangeLogEntry
        {
            BookId = book.Id, ServerSeq = book.LastServerSeq, DocumentId = m.DocumentId, Module = m.Module, DocumentType = m.DocumentType,
            SchemaVersion = m.SchemaVersion, Version = document.Version, Operation = m.Operation, OriginDeviceId = device.Id,
            Payload = removes ? null : m.Payload, CommittedAt = now,
        });
        await ReplaceJournalAsync(db, book, document, facts, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        ForgetSavedRows(db);
        return new MutationAck(m.Seq, AckStatus.Accepted, m.DocumentId, document.Version, book.LastServerSeq, number);
    }

    /// <summary>
    /// Stops tracking the rows this mutation wrote once they are saved. Otherwise every later SaveChanges of the request
    /// scans them again: the cost of a mutation grew with its place in the batch (quadratic per request; EF change
    /// detection was the largest single cost of a push in the sync benchmark). The device and book rows stay tracked.
    /// </summary>
    private static void ForgetSavedRows(CloudDbContext db)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var saved in db.ChangeTracker.Entries()
                         .Where(e => e.State == EntityState.Unchanged && e.Entity is CloudDocument or ChangeLogEntry or CloudJournalLine).ToList())
            {
                saved.State = EntityState.Detached;
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
    }

    /// <summary>The cloud's journal follows the document in the same transaction: lines while posted, none otherwise.</summary>
    private static async Task ReplaceJournalAsync(CloudDbContext db, CloudBook book, CloudDocument document, DocumentFacts facts, CancellationToken cancellationToken)
    {
        // The earlier lines are no longer tracked (see ForgetSavedRows), so new lines with the same keys can be added.
        await db.JournalLines.Where(l => l.BookId == book.Id && l.DocumentId == document.DocumentId).ExecuteDeleteAsync(cancellationToken);
        if (!document.Posted || document.Removed || facts.Postings is not { Count: > 0 } postings || facts.PostingDate is not { } date)
        {
            return;
        }

        foreach (var ledger in postings.GroupBy(p => p.Ledger))
        {
            db.JournalLines.AddRange(ledger.Select((p, i) => new CloudJournalLine
            {
                BookId = book.Id, DocumentId = document.DocumentId, Ledger = p.Ledger, LineNo = i + 1, PostingDate = date, AccountCode = p.AccountCode,
                CorrespondingAccountCode = p.CorrespondingAccountCode, Debit = p.Debit, Credit = p.Credit, PartnerId = p.PartnerId,
            }));
        }
    }

    private static MutationAck Deferred(Mutation m, AckError reason) => new(m.Seq, AckStatus.Deferred, m.DocumentId, Error: reason);

    private static MutationAck Rejected(Mutation m, AckError error) => new(m.Seq, AckStatus.Rejected, m.DocumentId, Error: error);

    private static MutationAck Replay(StoredAck? stored, Mutation m)
    {
        if (stored is null)
        {
            // Acks older than the retention window were pruned; the seq was processed, which is all the client needs.
            return new MutationAck(m.Seq, AckStatus.Duplicate, m.DocumentId, Replayed: true);
        }

        var ack = JsonSerializer.Deserialize<MutationAck>(stored.AckJson, ProtocolJson.Options)!;
        return ack with { Status = ack.Status == AckStatus.Accepted ? AckStatus.Duplicate : ack.Status, Replayed = true };
    }

    private void Log(Device device, List<MutationAck> acks)
    {
        if (log.IsEnabled(LogLevel.Information))
        {
            log.LogInformation("Push from device {DeviceId}: {Count} mutations, {Accepted} accepted, {Duplicate} duplicate, {Conflict} conflict, {Rejected} rejected, lastSeq {LastSeq}",
                device.Id, acks.Count, acks.Count(a => a.Status == AckStatus.Accepted), acks.Count(a => a.Status == AckStatus.Duplicate),
                acks.Count(a => a.Status == AckStatus.Conflict), acks.Count(a => a.Status == AckStatus.Rejected), device.LastSeq);
        }
    }
}
