using System.Text.RegularExpressions;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;
using static AmisModular.Modules.Cash.Tests.Support.CashHost;

namespace AmisModular.Modules.Cash.Tests.Documents;

/// <summary>The "no negative till" rule: which lines it counts, and that it reads only the cash account's index range.</summary>
public sealed partial class CashTillCheckTests : IAsyncLifetime
{
    private CashHost host = null!;

    public async Task InitializeAsync() => host = await CashHost.CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Payment_CountsReceiptsUpToItsOwnDay_NotLaterOnes()
    {
        await host.Cash.CreateAsync(host.Receipt("2026-01-10", new CashVoucherDraftLine("5111", 5_000_000m)), post: true, CancellationToken.None);
        await host.Cash.CreateAsync(host.Receipt("2026-01-12", new CashVoucherDraftLine("5111", 7_000_000m)), post: true, CancellationToken.None);

        var early = await Assert.ThrowsAsync<NegativeCashBalanceException>(() =>
            host.Cash.CreateAsync(host.Payment("2026-01-09", new CashVoucherDraftLine("6427", 12_000_000m)), post: true, CancellationToken.None));
        var sameDay = await host.Cash.CreateAsync(host.Payment("2026-01-10", new CashVoucherDraftLine("6427", 15_000_000m)), post: true, CancellationToken.None);
        var tooMuch = await Assert.ThrowsAsync<NegativeCashBalanceException>(() =>
            host.Cash.CreateAsync(host.Payment("2026-01-11", new CashVoucherDraftLine("6427", 1m)), post: true, CancellationToken.None));

        Assert.Equal(10_000_000m, early.Available);
        Assert.Equal(CashVoucherStatus.Posted, sameDay.Status);
        Assert.Equal(0m, tooMuch.Available);
    }

    [Fact]
    public async Task SavedCashLines_IsACoveringIndexRangeOfTheCashAccount()
    {
        await using var unit = await host.Get<IStore>().BeginReadAsync(CancellationToken.None);
        var query = CashVoucherService.SavedCashLines(unit.Context<LedgerDbContext>(), host.Company.Id, Book.Tax, "1111", D("2026-12-31"))
            .Select(l => l.Debit - l.Credit);
        var sql = string.Join('\n', query.ToQueryString().Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));

        await using var command = unit.Connection.CreateCommand();
        command.Transaction = unit.Transaction;
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in Parameter().Matches(sql).Select(m => m.Value).Distinct())
        {
            var parameter = command.CreateParameter();
            (parameter.ParameterName, parameter.Value) = (name, "x");
            command.Parameters.Add(parameter);
        }

        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(3));
            }
        }

        var step = Assert.Single(plan);
        Assert.Contains("USING COVERING INDEX IX_core_journal_lines_account_balance (CompanyId=? AND Book=? AND AccountCode=? AND PostingDate<?)", step, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Parameter();
}
