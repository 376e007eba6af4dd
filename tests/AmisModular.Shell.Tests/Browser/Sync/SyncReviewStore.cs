using System.Text.Json.Nodes;
using AmisModular.Ledger;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modularity.Hosting;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Outbox;
using AmisModular.Storage.UnitOfWork;
using AmisModular.Sync;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Browser.Sync;

/// <summary>
/// The shell's store as the sync host leaves it after a push answer (the same rows AckApplier writes): a draft in
/// conflict (the server's version written, mine kept as the conflict copy) and a posted voucher refused
/// <c>period-not-open</c>, parked. Written through the ledger's own services and sync adapter, with the shell's device id.
/// </summary>
internal sealed class SyncReviewStore : IAsyncDisposable
{
    private readonly ServiceProvider services;

    private SyncReviewStore(ServiceProvider services) => this.services = services;

    public IStore Store => services.GetRequiredService<IStore>();

    public static SyncReviewStore Open(string storeFile, string dataDirectory)
    {
        var device = DeviceIdentity.LoadOrCreate(dataDirectory);
        return new SyncReviewStore(new ServiceCollection()
            .AddStore(store => (store.SqliteFile, store.Pooling, store.DeviceId) = (storeFile, false, device))
            .AddLedger()
            .AddSyncReview()
            .BuildServiceProvider());
    }

    /// <returns>The voucher in conflict and the parked one.</returns>
    public async Task<(Guid Conflict, Guid Parked)> SeedAsync()
    {
        var vouchers = services.GetRequiredService<GeneralJournalService>();
        Guid company;
        DateOnly day;
        await using (var unit = await Store.BeginReadAsync(CancellationToken.None))
        {
            // The company first run opened a fiscal year for; the vouchers fall in its third month.
            var year = await unit.Context<LedgerDbContext>().FiscalYears.AsNoTracking().OrderBy(y => y.StartDate).FirstAsync();
            (company, day) = (year.CompanyId, year.StartDate.AddMonths(2).AddDays(14));
        }

        var draft = await vouchers.CreateAsync(Draft(company, day, 500_000m, "Bản đầu"), post: false, CancellationToken.None);
        await AnswerAsync(1, AckStatus.Accepted, null);
        await vouchers.UpdateAsync(draft.Id, 1, Draft(company, day, 700_000m, "Bản của tôi"), CancellationToken.None);
        var mine = (await RowAsync(2)).Payload;
        var server = JsonNode.Parse(mine)!;
        server["description"] = "Bản máy chủ";
        server["lines"]![0]!["amount"] = 600_000m;
        server["version"] = 2;
        await AnswerAsync(2, AckStatus.Conflict, new ConflictCopy
        {
            Code = "version-conflict", Reason = "Chứng từ đã được sửa ở nơi khác (phiên bản 2). / The voucher was changed elsewhere (version 2).",
            ServerVersion = 2, ServerPayload = server.ToJsonString(),
        });

        var posted = await vouchers.CreateAsync(Draft(company, day, 200_000m, "Chi phí đã ghi sổ"), post: true, CancellationToken.None);
        await AnswerAsync(3, AckStatus.Rejected, new ConflictCopy
        {
            Code = RejectionCodes.PeriodNotOpen, Reason = "Ngày hạch toán nằm ngoài năm tài chính đang mở. / The posting date is outside every open fiscal year.",
        });
        return (draft.Id, posted.Id);
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var unit = await Store.BeginReadAsync(CancellationToken.None);
        return await unit.Context<OutboxDbContext>().Outbox.AsNoTracking().OrderBy(m => m.Seq).ToListAsync();
    }

    public async Task<List<SyncNotice>> NoticesAsync()
    {
        await using var unit = await Store.BeginReadAsync(CancellationToken.None);
        return await unit.Context<SyncStateDbContext>().Notices.AsNoTracking().ToListAsync();
    }

    public async Task<List<GeneralJournalVoucher>> VouchersAsync()
    {
        await using var unit = await Store.BeginReadAsync(CancellationToken.None);
        return await unit.Context<LedgerDbContext>().GeneralJournalVouchers.AsNoTracking().Include(v => v.Lines).ToListAsync();
    }

    public async ValueTask DisposeAsync() => await services.DisposeAsync();

    /// <summary>What the ack transaction writes for one answer: the ack record, and for a refusal the parked row, the copy, the server's version.</summary>
    private async Task AnswerAsync(long seq, AckStatus status, ConflictCopy? copy)
    {
        await using var unit = await Store.BeginAsync(CancellationToken.None);
        using var enlisted = AmbientUnitOfWork.Enlist(Store, unit);
        var row = await unit.Context<OutboxDbContext>().Outbox.SingleAsync(m => m.Seq == seq);
        unit.Context<SyncStateDbContext>().Acks.Add(new SyncAckRecord
        {
            DeviceId = row.DeviceId, Seq = seq, DocumentId = row.DocumentId, Status = status.ToString().ToLowerInvariant(), Code = copy?.Code,
            Version = copy?.ServerVersion ?? row.BaseVersion + 1, AckedAt = DateTimeOffset.UtcNow,
        });
        if (copy is null)
        {
            row.State = OutboxState.Acked;
            await unit.CommitAsync(CancellationToken.None);
            return;
        }

        (row.State, row.Reason) = (OutboxState.Parked, $"[{copy.Code}] {copy.Reason}");
        (copy.Id, copy.DocumentId, copy.Seq, copy.Module, copy.DocumentType) = (Guid.CreateVersion7(), row.DocumentId, seq, row.Module, row.DocumentType);
        (copy.LocalPayload, copy.CreatedAt) = (row.Payload, DateTimeOffset.UtcNow);
        unit.Context<SyncStateDbContext>().ConflictCopies.Add(copy);
        if (copy.ServerPayload is { } payload)
        {
            var adapter = services.GetServices<ISyncAdapter>().Single(a => a.ModuleId == row.Module);
            await adapter.ReplaceWithServerCopyAsync(
                new SyncDocument(row.Module, row.DocumentType, row.SchemaVersion, row.DocumentId, copy.ServerVersion!.Value, SyncOperation.Upsert, payload), CancellationToken.None);
        }

        await unit.CommitAsync(CancellationToken.None);
    }

    private async Task<OutboxMessage> RowAsync(long seq) => (await OutboxAsync()).Single(m => m.Seq == seq);

    private static GeneralJournalDraft Draft(Guid company, DateOnly day, decimal amount, string description) =>
        new(company, BookSet.Tax, day, day, description, [new GeneralJournalDraftLine("6427", "1111", amount)]);
}
