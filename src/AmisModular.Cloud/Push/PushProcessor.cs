using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Licensing;
using AmisModular.Cloud.Partitions;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// POST /sync/v1/push. One database transaction per request: lock the device row (so a duplicate delivery waits and
/// then finds its seqs processed), check the epoch, then per mutation in order: replay the stored ack (same hash) or
/// refuse key reuse, stop at a gap, validate, check the version, write the document, the change_log row and the ack.
///
/// Set-based: the checks that need no database run first for every mutation (<see cref="MutationChecks"/>), what the
/// request needs from the database is read with one query per kind (<see cref="PushBatchLoader"/>), the mutations
/// then apply in seq order in memory, each seeing what the earlier ones changed (<see cref="PushWalk"/>,
/// <see cref="PushBatch"/>), and the rows are written once at the end (<see cref="PushBatchWriter"/>). The acks and
/// rows are the ones a write-and-read-back per mutation gives; per mutation, queries and SaveChanges made a push cost
/// about 14× the bare inserts of the same rows.
///
/// serverSeq comes from the book row (<see cref="CloudBook.LastServerSeq"/>), locked at the start of the transaction
/// and held until commit. A second writer to the same book blocks on that lock until the first commits, and only
/// then reads the counter, so it can only take a higher seq than every committed one: serverSeq order equals commit
/// order, and a reader that sees serverSeq N has already been able to see every seq below N. No change can later
/// appear below a cursor a client has passed.
/// </summary>
public sealed class PushProcessor(CloudDbFactory databases, CloudOptions options, IEnumerable<IDocumentRule> rules, TimeProvider clock, ILogger<PushProcessor> log)
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
        if (CheckDevice(device, request) is { } unusable)
        {
            return unusable;
        }

        var book = await RowLocks.BookAsync(db, device!.BookId, cancellationToken);
        var checks = new MutationChecks(caller, book, await FiscalYearCheck.LoadAsync(db, book.Id, cancellationToken), rulesByType, options, VietnamDate.Today(clock));
        var mutations = request.Mutations.Select(checks.Check).ToList();
        var batch = new PushBatch(device, book, await PushBatchLoader.LoadAsync(db, device, book, mutations, cancellationToken), clock);
        var walk = new PushWalk(batch);
        if (walk.Run(mutations) is { } failed)
        {
            return failed;
        }

        device.LastSeenAt = clock.GetUtcNow();
        await PushBatchWriter.SaveAsync(db, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Log(device, walk.Acks);
        return SyncResults.Ok(new PushResponse(walk.Acks, device.LastSeq));
    }

    private static IResult? CheckDevice(Device? device, PushRequest request)
    {
        if (device is null || device.Revoked)
        {
            return SyncResults.Error(403, SyncErrorCodes.DeviceRevoked, "Thiết bị đã bị thu hồi. / The device was revoked.");
        }

        if (device.BookAccessRevoked)
        {
            return PartitionRemovedResult.For(device.BookId);
        }

        return request.Epoch != device.Epoch
            ? SyncResults.Error(422, SyncErrorCodes.EpochMismatch,
                $"Kỷ nguyên thiết bị {request.Epoch} khác {device.Epoch} của máy chủ. / Device epoch {request.Epoch} differs from the server's {device.Epoch}.")
            : null;
    }

    /// <summary>A null mutation or one without the fields every rule reads: the request is malformed (400, which one).</summary>
    private static IResult? Incomplete(IReadOnlyList<Mutation> mutations)
    {
        for (var i = 0; i < mutations.Count; i++)
        {
            if (mutations[i] is not { Module: not null, DocumentType: not null, Operation: not null, PayloadHash: not null })
            {
                return SyncResults.Error(400, SyncErrorCodes.BadRequest,
                    $"Thay đổi thứ {i} thiếu module, docType, op hoặc payloadHash. / mutations[{i}] lacks module, docType, op or payloadHash.");
            }
        }

        return null;
    }

    private IResult? CheckRequest(DeviceCaller caller, PushRequest request)
    {
        if (request.DeviceId != caller.Device.Id || (request.BookId is { } bookId && bookId != caller.Book.Id))
        {
            log.LogWarning("Device {DeviceId} sent a push for device {BodyDevice} / book {BodyBook}", caller.Device.Id, request.DeviceId, request.BookId);
            return SyncResults.Error(403, SyncErrorCodes.PartitionMismatch,
                "Thiết bị không được ghi vào dữ liệu này. / This device may not write to that device or book.");
        }

        if (request.Mutations is null)
        {
            return SyncResults.Error(400, SyncErrorCodes.BadRequest, "Thiếu danh sách thay đổi (mutations). / The 'mutations' list is required.");
        }

        if (Incomplete(request.Mutations) is { } incomplete)
        {
            return incomplete;
        }

        if (request.Mutations.Count > options.MaxBatchDocs)
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
