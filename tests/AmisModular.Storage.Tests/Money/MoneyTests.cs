using AmisModular.Storage.Money;
using AmisModular.Storage.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Money;

public sealed class MoneyTests
{
    [Fact]
    public async Task Sum_InSql_PointOnePlusPointTwoUsd_IsExactlyPointThree()
    {
        await using var store = await TempStore.CreateAsync();
        await InsertAsync(store, ("USD", 0.1m), ("USD", 0.2m));

        var sum = await SumAsync(store, "USD");

        Assert.Equal(0.3m, sum);
        Assert.Equal("integer", await TypeOfAmountAsync(store));
        Assert.Equal(3000, await store.ScalarAsync("SELECT SUM(Amount) FROM probe_documents"));
    }

    [Fact]
    public async Task Sum_InSql_LargeVndAmounts_AreExact()
    {
        await using var store = await TempStore.CreateAsync();
        await InsertAsync(store, ("VND", 999_999_999_999m), ("VND", 999_999_999_999m), ("VND", 999_999_999_999m), ("VND", 1m));

        Assert.Equal(2_999_999_999_998m, await SumAsync(store, "VND"));
    }

    [Fact]
    public async Task Save_AmountWithFiveDecimals_IsRefusedNotRounded()
    {
        await using var store = await TempStore.CreateAsync();

        var error = await Assert.ThrowsAsync<MoneyPrecisionException>(() => InsertAsync(store, ("USD", 0.00001m)));
        Assert.Equal("ProbeDocument.Amount", error.Field);
        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM probe_documents"));
    }

    [Theory]
    [InlineData("0.0001", 1L)]
    [InlineData("-12.5", -125000L)]
    [InlineData("922337203685477.5807", long.MaxValue)]
    public void ToStored_RoundTrips(string text, long stored)
    {
        var amount = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(stored, MoneyStorage.ToStored(amount));
        Assert.Equal(amount, MoneyStorage.FromStored(stored));
    }

    private static async Task InsertAsync(TempStore store, params (string Currency, decimal Amount)[] rows)
    {
        await using var unit = await store.Store.BeginAsync(CancellationToken.None);
        foreach (var (currency, amount) in rows)
        {
            unit.Context<ProbeDbContext>().Documents.Add(new ProbeDocument { Id = Guid.NewGuid(), Name = "m", Currency = currency, Amount = amount });
        }

        await unit.CommitAsync(CancellationToken.None);
    }

    private static async Task<decimal> SumAsync(TempStore store, string currency)
    {
        await using var unit = await store.Store.BeginAsync(CancellationToken.None);
        var query = unit.Context<ProbeDbContext>().Documents.Where(d => d.Currency == currency);
        Assert.Contains("SUM(", query.Select(d => d.Amount).GroupBy(_ => 1).Select(g => g.Sum()).ToQueryString(), StringComparison.Ordinal);
        return await query.SumAsync(d => d.Amount);
    }

    private static async Task<string> TypeOfAmountAsync(TempStore store)
    {
        await using var unit = await store.Store.BeginAsync(CancellationToken.None);
        var command = unit.Connection.CreateCommand();
        await using (command)
        {
            command.Transaction = unit.Transaction;
            command.CommandText = "SELECT DISTINCT typeof(Amount) FROM probe_documents";
            return (string)(await command.ExecuteScalarAsync())!;
        }
    }
}
