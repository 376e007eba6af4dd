using System.Globalization;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Storage.Json;
using AmisModular.Storage.UnitOfWork;
using Microsoft.Data.Sqlite;

namespace AmisModular.Modules.Cash.Tests.Sync;

/// <summary>
/// A pulled page applied set-based (ApplyManyAsync) against the same page applied one document at a time
/// (ApplyAsync in order) on an identical store: same results, same rows, column by column.
/// </summary>
public sealed class CashSyncPageTests
{
    private static readonly Guid CompanyId = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid CustomerId = Guid.Parse("0193a000-0000-7000-8000-000000000002");

    [Fact]
    public async Task ApplyMany_MixedPage_SameResultsAndRowsAsOneByOne()
    {
        var (existing, page) = MixedPage();
        await using var oneByOne = await ReplicaAsync(existing);
        await using var batched = await ReplicaAsync(existing);

        using var oneByOneInserts = new EfInsertCounter(oneByOne.Directory, "cash_vouchers");
        var expected = await ApplyInPageTransactionAsync(oneByOne, async adapter =>
        {
            var results = new List<SyncApplyResult>();
            foreach (var document in page)
            {
                results.Add(await adapter.ApplyAsync(document, CancellationToken.None));
            }

            return results;
        });
        using var inserts = new EfInsertCounter(batched.Directory, "cash_vouchers");
        var actual = await ApplyInPageTransactionAsync(batched, adapter => adapter.ApplyManyAsync(page, CancellationToken.None));

        Assert.Equal(expected, actual);
        Assert.Equal(
            [SyncApplyOutcome.Applied, SyncApplyOutcome.Applied, SyncApplyOutcome.Applied, SyncApplyOutcome.Applied, SyncApplyOutcome.AlreadyCurrent,
             SyncApplyOutcome.Rejected, SyncApplyOutcome.Rejected, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected,
             SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied, SyncApplyOutcome.Applied],
            actual.Select(r => r.Outcome));
        foreach (var table in new[] { "cash_vouchers ORDER BY Id", "cash_voucher_lines ORDER BY VoucherId, LineNo", "core_journal_lines ORDER BY Id" })
        {
            Assert.Equal(await RowsAsync(oneByOne, table), await RowsAsync(batched, table));
        }

        Assert.Equal(7, (await RowsAsync(batched, "cash_vouchers ORDER BY Id")).Count);
        // Four of the five new vouchers went in bulk; only PC00001 (its number freed by the void earlier in the page) took the EF path.
        Assert.Equal((5, 1), (oneByOneInserts.Count, inserts.Count));
    }

    [Fact]
    public async Task ApplyMany_PostingRefusedInTheMiddle_LeavesNoHalfWrittenVoucher()
    {
        await using var host = await ReplicaAsync([]);
        var bad = Voucher(CashVoucherKind.Payment, "PC00001", "2026-02-10", CashVoucherStatus.Posted, ("9999", 50_000m), ("6427", 10_000m));
        var page = new[]
        {
            Document(Voucher(CashVoucherKind.Receipt, "PT00001", "2026-02-10", CashVoucherStatus.Posted, ("5111", 100_000m))),
            Document(bad),
            Document(Voucher(CashVoucherKind.Receipt, "PT00002", "2026-02-11", CashVoucherStatus.Posted, ("711", 30_000m))),
        };

        var results = await ApplyInPageTransactionAsync(host, adapter => adapter.ApplyManyAsync(page, CancellationToken.None));

        Assert.Equal([SyncApplyOutcome.Applied, SyncApplyOutcome.Rejected, SyncApplyOutcome.Applied], results.Select(r => r.Outcome));
        Assert.Contains("9999", results[1].Reason, StringComparison.Ordinal);
        var id = bad.Id.ToString().ToUpperInvariant();
        Assert.Equal(0, await host.ScalarAsync($"SELECT COUNT(*) FROM cash_vouchers WHERE Id = '{id}'"));
        Assert.Equal(0, await host.ScalarAsync($"SELECT COUNT(*) FROM cash_voucher_lines WHERE VoucherId = '{id}'"));
        Assert.Equal(0, await host.ScalarAsync($"SELECT COUNT(*) FROM core_journal_lines WHERE DocumentId = '{id}'"));
        Assert.Equal(4, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(2, await host.ScalarAsync("SELECT COUNT(*) FROM cash_voucher_lines"));
    }

    [Fact]
    public async Task ApplyMany_Replayed_IsAlreadyCurrentAndChangesNothing()
    {
        await using var host = await ReplicaAsync([]);
        var page = new[]
        {
            Document(Voucher(CashVoucherKind.Receipt, "PT00001", "2026-02-10", CashVoucherStatus.Posted, ("5111", 100_000m))),
            Document(Voucher(CashVoucherKind.Payment, "PC00001", "2026-02-10", CashVoucherStatus.Draft, ("6427", 10_000m))),
        };
        await ApplyInPageTransactionAsync(host, adapter => adapter.ApplyManyAsync(page, CancellationToken.None));
        var before = await RowsAsync(host, "core_journal_lines ORDER BY Id");

        var replay = await ApplyInPageTransactionAsync(host, adapter => adapter.ApplyManyAsync(page, CancellationToken.None));

        Assert.All(replay, r => Assert.Equal(SyncApplyOutcome.AlreadyCurrent, r.Outcome));
        Assert.Equal(before, await RowsAsync(host, "core_journal_lines ORDER BY Id"));
    }

    /// <summary>
    /// Three vouchers the store holds before the page, and a page with every case: new posted and draft vouchers, an
    /// update, a void, a replay, a clash with a local number and with an earlier voucher of the page, an unknown account,
    /// a locked period, an unreadable payload, a repeated id.
    /// </summary>
    private static (List<SyncDocument> Existing, List<SyncDocument> Page) MixedPage()
    {
        var updated = Voucher(CashVoucherKind.Receipt, "PT00001", "2026-01-05", CashVoucherStatus.Posted, ("5111", 100_000m), ("711", 5_000m));
        var voided = Voucher(CashVoucherKind.Payment, "PC00001", "2026-01-06", CashVoucherStatus.Posted, ("6427", 20_000m));
        var kept = Voucher(CashVoucherKind.Receipt, "PT00002", "2026-01-07", CashVoucherStatus.Draft, ("711", 1_000m));
        var newPosted = Voucher(CashVoucherKind.Receipt, "PT00010", "2026-02-01", CashVoucherStatus.Posted, ("5111", 70_000m), ("33311", 7_000m));
        var bothBooks = Voucher(CashVoucherKind.Payment, "PC00010", "2026-02-02", CashVoucherStatus.Posted, ("6427", 40_000m), ("1331", 4_000m)) with
        {
            Books = BookSet.Both, InternalNumber = "PCN00010",
        };
        var page = new List<SyncDocument>
        {
            Document(newPosted),
            Document(Voucher(CashVoucherKind.Payment, "PC00011", "2026-02-03", CashVoucherStatus.Draft, ("6427", 9_000m))),
            Document(bothBooks),
            Document(updated with { Description = "Thu tiền (sửa)", Lines = [new CashVoucherPayloadLine(1, "5111", 120_000m, null, null)] }, version: 2),
            Document(kept),
            Document(Voucher(CashVoucherKind.Receipt, "PT00002", "2026-02-04", CashVoucherStatus.Draft, ("711", 2_000m))),
            Document(Voucher(CashVoucherKind.Receipt, "PT00010", "2026-02-05", CashVoucherStatus.Posted, ("711", 3_000m))),
            Document(Voucher(CashVoucherKind.Payment, "PC00012", "2026-02-06", CashVoucherStatus.Posted, ("9999", 5_000m))),
            Document(voided, version: 2, operation: SyncOperation.Void),
            Document(Voucher(CashVoucherKind.Payment, "PC00013", "2026-03-10", CashVoucherStatus.Posted, ("6427", 6_000m))),
            Document(newPosted with { Description = "Thu lần hai", Lines = [new CashVoucherPayloadLine(1, "711", 8_000m, "d", null)] }, version: 2),
            Document(Voucher(CashVoucherKind.Payment, "PC00014", "2026-02-07", CashVoucherStatus.Draft, ("6427", 1_000m))) with { PayloadJson = "{\"id\":" },
            Document(Voucher(CashVoucherKind.Receipt, "PT00011", "2026-02-08", CashVoucherStatus.Posted, ("5111", 11_000m), ("711", 1_000m))),
            Document(Voucher(CashVoucherKind.Payment, "PC00001", "2026-02-09", CashVoucherStatus.Posted, ("6428", 2_000m))),
        };
        return ([Document(updated), Document(voided), Document(kept)], page);
    }

    private static CashVoucherPayload Voucher(CashVoucherKind kind, string number, string date, CashVoucherStatus status, params (string Account, decimal Amount)[] lines) =>
        new(Guid.CreateVersion7(), kind, CompanyId, null, BookSet.Tax, number, null, CashHost.D(date), CashHost.D(date), null, "Nguyễn Văn An", null,
            "Thu chi tiền", 0, "1111", "VND", status, 1, [.. lines.Select((l, n) => new CashVoucherPayloadLine(n + 1, l.Account, l.Amount, n == 0 ? null : $"Dòng {n + 1}", null))]);

    private static SyncDocument Document(CashVoucherPayload payload, long version = 1, SyncOperation? operation = null) =>
        new(CashDocumentTypes.ModuleId, CashDocumentTypes.For(payload.Kind), CashDocumentTypes.SchemaVersion, payload.Id, version,
            operation ?? (payload.Status == CashVoucherStatus.Posted ? SyncOperation.Post : SyncOperation.Upsert),
            CanonicalJson.Serialize(payload with { Version = version }));

    /// <summary>A store with the company, a partner, 2026 open with March locked, and <paramref name="existing"/> applied.</summary>
    private static async Task<CashHost> ReplicaAsync(IReadOnlyList<SyncDocument> existing)
    {
        var host = await CashHost.CreateAsync(seed: false);
        var company = CompanyId.ToString().ToUpperInvariant();
        await host.ExecuteAsync($"INSERT INTO core_companies (Id, TaxCode, Name, UsesInternalBook) VALUES ('{company}', '0101234567', 'replica', 1)");
        await host.ExecuteAsync($"INSERT INTO core_partners (Id, CompanyId, Code, Name, Kinds, Version) VALUES ('{CustomerId.ToString().ToUpperInvariant()}', '{company}', 'KH01', 'x', 1, 1)");
        await host.Get<FiscalCalendar>().OpenYearAsync(CompanyId, 2026, null, CancellationToken.None);
        await host.Get<FiscalCalendar>().LockAsync(CompanyId, 2026, 3, "kt.truong", CancellationToken.None);
        foreach (var document in existing)
        {
            Assert.Equal(SyncApplyOutcome.Applied, (await Adapter(host).ApplyAsync(document, CancellationToken.None)).Outcome);
        }

        return host;
    }

    /// <summary>As the change puller does: one outer unit enlisted as ambient, committed after the page.</summary>
    private static async Task<IReadOnlyList<SyncApplyResult>> ApplyInPageTransactionAsync(CashHost host, Func<ISyncAdapter, Task<IReadOnlyList<SyncApplyResult>>> apply)
    {
        var store = host.Get<IStore>();
        await using var unit = await store.BeginAsync(CancellationToken.None);
        IReadOnlyList<SyncApplyResult> results;
        using (AmbientUnitOfWork.Enlist(store, unit))
        {
            results = await apply(Adapter(host));
        }

        await unit.CommitAsync(CancellationToken.None);
        return results;
    }

    private static Task<IReadOnlyList<SyncApplyResult>> ApplyInPageTransactionAsync(CashHost host, Func<ISyncAdapter, Task<List<SyncApplyResult>>> apply) =>
        ApplyInPageTransactionAsync(host, async adapter => (IReadOnlyList<SyncApplyResult>)await apply(adapter));

    /// <summary>Every column of every row, as SQLite stores it.</summary>
    private static async Task<List<string>> RowsAsync(CashHost host, string tableAndOrder)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.Directory, "amis.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {tableAndOrder}";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount)
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))}")));
        }

        return rows;
    }

    private static ISyncAdapter Adapter(CashHost host) => host.Get<IEnumerable<ISyncAdapter>>().Single(a => a.ModuleId == "cash");
}
