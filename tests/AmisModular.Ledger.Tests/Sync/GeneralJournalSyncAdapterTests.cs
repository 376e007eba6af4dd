using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Tests.Support;
using AmisModular.Modularity.Abstractions.Sync;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Sync;

/// <summary>Two nodes: the one that wrote a voucher, and one that receives it through the adapter.</summary>
public sealed class GeneralJournalSyncAdapterTests : IAsyncLifetime
{
    private LedgerHost origin = null!;
    private LedgerHost replica = null!;

    public async Task InitializeAsync()
    {
        origin = await LedgerHost.CreateAsync();
        replica = await LedgerHost.CreateEmptyAsync();
        await replica.ExecuteAsync(
            $"INSERT INTO core_companies (Id, TaxCode, Name, UsesInternalBook) VALUES ('{origin.Company.Id.ToString().ToUpperInvariant()}', '{origin.Company.TaxCode}', 'replica', 1)");
        await replica.Get<FiscalCalendar>().OpenYearAsync(origin.Company.Id, 2026, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await origin.DisposeAsync();
        await replica.DisposeAsync();
    }

    [Fact]
    public async Task Apply_PostedVoucher_DerivesTheSameJournal_AndReplayIsIdempotent()
    {
        var voucher = await origin.EntryAsync("2026-01-15", BookSet.Both, post: true,
            new GeneralJournalDraftLine("6427", null, 5_000_000m),
            new GeneralJournalDraftLine("1331", null, 500_000m),
            new GeneralJournalDraftLine(null, "331", 5_500_000m, CreditPartnerId: Guid.NewGuid()));
        var exported = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;

        var first = await Adapter(replica).ApplyAsync(exported, CancellationToken.None);
        var replay = await Adapter(replica).ApplyAsync(exported, CancellationToken.None);

        Assert.Equal(SyncApplyOutcome.Applied, first.Outcome);
        Assert.Equal(SyncApplyOutcome.AlreadyCurrent, replay.Outcome);
        Assert.Equal(await JournalAsync(origin, origin.Company.Id), await JournalAsync(replica, origin.Company.Id));
        Assert.Equal(6, (await JournalAsync(replica, origin.Company.Id)).Count);
        Assert.Equal(exported.PayloadJson, (await Adapter(replica).ExportAsync(voucher.Id, CancellationToken.None))!.PayloadJson);
        Assert.Equal(0, await replica.ScalarAsync("SELECT COUNT(*) FROM sync_outbox"));
    }

    [Fact]
    public async Task Apply_NewerVersionUnposted_RemovesTheJournal_OlderVersionIsIgnored()
    {
        var voucher = await origin.EntryAsync("2026-01-15", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 10m));
        var v1 = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;
        await origin.Journal.UnpostAsync(voucher.Id, CancellationToken.None);
        var v2 = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;

        await Adapter(replica).ApplyAsync(v1, CancellationToken.None);
        Assert.Equal(2, await replica.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(SyncApplyOutcome.Applied, (await Adapter(replica).ApplyAsync(v2, CancellationToken.None)).Outcome);
        Assert.Equal(0, await replica.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
        Assert.Equal(SyncApplyOutcome.AlreadyCurrent, (await Adapter(replica).ApplyAsync(v1, CancellationToken.None)).Outcome);
        Assert.Equal(0, await replica.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
    }

    [Fact]
    public async Task Apply_IntoALockedPeriod_IsRejectedWithAReasonAndChangesNothing()
    {
        var voucher = await origin.EntryAsync("2026-01-15", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 10m));
        var exported = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;
        await replica.Get<FiscalCalendar>().LockAsync(origin.Company.Id, 2026, 1, "kt", CancellationToken.None);

        var result = await Adapter(replica).ApplyAsync(exported, CancellationToken.None);

        Assert.Equal(SyncApplyOutcome.Rejected, result.Outcome);
        Assert.Contains("01/2026", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, await replica.ScalarAsync("SELECT COUNT(*) FROM core_general_journal_vouchers"));
    }

    [Fact]
    public async Task Apply_GarbagePayload_IsRejected()
    {
        var result = await Adapter(replica).ApplyAsync(
            new SyncDocument("core", GeneralJournalVoucher.Type, 1, Guid.NewGuid(), 1, SyncOperation.Upsert, "{not json"), CancellationToken.None);
        Assert.Equal(SyncApplyOutcome.Rejected, result.Outcome);
    }

    [Fact]
    public async Task Export_Twice_GivesIdenticalBytes()
    {
        var voucher = await origin.EntryAsync("2026-01-15", BookSet.Tax, post: false, new GeneralJournalDraftLine("6427", "1111", 0.1m));
        var a = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;
        var b = (await Adapter(origin).ExportAsync(voucher.Id, CancellationToken.None))!;
        Assert.Equal(a.PayloadJson, b.PayloadJson);
        Assert.Equal(SyncOperation.Upsert, a.Operation);
        Assert.Null(await Adapter(origin).ExportAsync(Guid.NewGuid(), CancellationToken.None));
    }

    private static ISyncAdapter Adapter(LedgerHost host) => host.Get<IEnumerable<ISyncAdapter>>().Single(a => a.ModuleId == "core");

    private static async Task<List<string>> JournalAsync(LedgerHost host, Guid companyId)
    {
        var lines = new List<string>();
        foreach (var book in new[] { Book.Tax, Book.Internal })
        {
            lines.AddRange((await host.Queries.JournalAsync(companyId, book, D("2026-01-01"), D("2026-12-31"), null, CancellationToken.None))
                .Select(l => $"{l.Book}|{l.DocumentId}|{l.DocumentNumber}|{l.LineNo}|{l.SourceLineNo}|{l.AccountCode}|{l.CorrespondingAccountCode}|{l.Debit}|{l.Credit}|{l.PostingDate}|{l.RuleId}"));
        }

        return lines;
    }
}
