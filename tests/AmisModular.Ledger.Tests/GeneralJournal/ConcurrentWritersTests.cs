using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Tests.Support;

namespace AmisModular.Ledger.Tests.GeneralJournal;

/// <summary>Two writers on one SQLite file (WAL + busy timeout): no "database is locked", no duplicate number or seq.</summary>
public sealed class ConcurrentWritersTests
{
    [Fact]
    public async Task TwoWriters_SaveAtOnce_NumbersAndOutboxSeqsStayUniqueAndContiguous()
    {
        await using var host = await LedgerHost.CreateAsync();

        async Task WriteAsync()
        {
            for (var i = 0; i < 6; i++)
            {
                await host.EntryAsync("2026-01-10", BookSet.Tax, post: true, new GeneralJournalDraftLine("6427", "1111", 1m));
            }
        }

        await Task.WhenAll(Task.Run(WriteAsync), Task.Run(WriteAsync));

        Assert.Equal(12, await host.ScalarAsync("SELECT COUNT(DISTINCT TaxNumber) FROM core_general_journal_vouchers"));
        Assert.Equal(12, await host.ScalarAsync("SELECT COUNT(DISTINCT Seq) FROM sync_outbox"));
        Assert.Equal(12, await host.ScalarAsync("SELECT MAX(Seq) FROM sync_outbox"));
        Assert.Equal(24, await host.ScalarAsync("SELECT COUNT(*) FROM core_journal_lines"));
    }
}
