using System.Globalization;
using AmisModular.Benchmarks.Infrastructure;
using AmisModular.Benchmarks.Ledger;
using AmisModular.Benchmarks.Reporting;
using AmisModular.Storage.Bulk;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Spectre.Console.Cli;

namespace AmisModular.Benchmarks.Bulk;

/// <summary>
/// `bulk`: BulkInsert.BulkInsertAsync of journal-line-like rows into a SQLite file, in one transaction and calls of
/// --batch rows, next to its floor in the same run: a Microsoft.Data.Sqlite INSERT prepared once and re-bound per row,
/// one transaction, the same rows in the same encodings. Both are run once at a tenth of the size first (JIT, EF
/// model), then twice each in alternating order. Exit code 2 when the two files disagree.
/// </summary>
public sealed class BulkCommand : AsyncCommand<BulkSettings>
{
    private const string FloorSql = "INSERT INTO \"bulk_lines\" (\"Id\", \"Account\", \"CompanyId\", \"Credit\", \"Date\", \"Debit\", \"Description\", \"LineNo\", \"Side\", \"VoucherId\") VALUES (@id, @account, @company, @credit, @date, @debit, @description, @line, @side, @voucher)";

    /// <summary>Per stored row, independent of the order rows are read in, so the two files can be compared.</summary>
    private const string ChecksumSql = "SELECT COUNT(*) || '/' || SUM(\"Debit\") || '/' || SUM(\"Credit\") || '/' || SUM(length(\"Id\") + length(\"Date\") + length(\"Side\") + coalesce(length(\"Description\"), 0)) || '/' || SUM(\"LineNo\") FROM bulk_lines";

    public override async Task<int> ExecuteAsync(CommandContext context, BulkSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Console.WriteLine($"amis-bench bulk --rows {settings.Rows} --batch {settings.Batch}");
        Console.WriteLine($"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {Environment.ProcessorCount} cores, SQLite {SqliteVersion()}");
        using var workspace = new Workspace(settings.Keep);
        try
        {
            await RunAsync(workspace, "warm-up", Math.Max(1, settings.Rows / 10), settings.Batch, cancellationToken);
            await RunAsync(workspace, "N", settings.Rows, settings.Batch, cancellationToken);
            return 0;
        }
        catch (BenchmarkMismatchException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
    }

    /// <summary>
    /// Product and floor twice each, in both orders, into fresh files, with a full GC before each: the first writer
    /// after the rows are built otherwise pays for promoting them (measured: whichever ran first was ~1.5× slower).
    /// </summary>
    private static async Task RunAsync(Workspace workspace, string label, int count, int batch, CancellationToken cancellationToken)
    {
        var lines = Lines(count);
        var (product, floor) = (TimeSpan.Zero, TimeSpan.Zero);
        for (var round = 0; round < 2; round++)
        {
            var productFile = await CreateAsync(workspace.File($"{label}-{round}-product.db"), cancellationToken);
            var floorFile = await CreateAsync(workspace.File($"{label}-{round}-floor.db"), cancellationToken);
            if (round == 0)
            {
                product += await TimedAsync(() => ProductAsync(productFile, lines, batch, cancellationToken));
                floor += await TimedAsync(() => FloorAsync(floorFile, lines, cancellationToken));
            }
            else
            {
                floor += await TimedAsync(() => FloorAsync(floorFile, lines, cancellationToken));
                product += await TimedAsync(() => ProductAsync(productFile, lines, batch, cancellationToken));
            }

            var (productSum, floorSum) = (await ChecksumAsync(productFile, cancellationToken), await ChecksumAsync(floorFile, cancellationToken));
            if (productSum != floorSum)
            {
                throw new BenchmarkMismatchException($"bulk {label}: the product stored {productSum}, the floor {floorSum}.");
            }
        }

        var (p, f) = (product.TotalMicroseconds / (2 * count), floor.TotalMicroseconds / (2 * count));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-8} {count,9:N0} rows ×2: BulkInsert {p,6:F2} µs/row ({product.TotalMilliseconds:N0} ms), raw prepared insert {f,6:F2} µs/row ({floor.TotalMilliseconds:N0} ms), product/floor {p / f:F2}×"));
    }

    private static Task<TimeSpan> TimedAsync(Func<Task> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return Timing.TimeAsync(action);
    }

    private static async Task ProductAsync(string file, List<BulkLine> lines, int batch, CancellationToken cancellationToken)
    {
        await using var context = BulkBenchContext.Open(file);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        for (var start = 0; start < lines.Count; start += batch)
        {
            await context.BulkInsertAsync(lines.Skip(start).Take(batch), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task FloorAsync(string file, List<BulkLine> lines, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var transaction = connection.BeginTransaction();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = FloorSql;
        var (id, account, company, credit, date, debit, description, line, side, voucher) = (RawSqlite.Parameter(command, "@id"), RawSqlite.Parameter(command, "@account"),
            RawSqlite.Parameter(command, "@company"), RawSqlite.Parameter(command, "@credit"), RawSqlite.Parameter(command, "@date"), RawSqlite.Parameter(command, "@debit"),
            RawSqlite.Parameter(command, "@description"), RawSqlite.Parameter(command, "@line"), RawSqlite.Parameter(command, "@side"), RawSqlite.Parameter(command, "@voucher"));
        foreach (var row in lines)
        {
            (id.Value, account.Value, company.Value, credit.Value, date.Value) = (RawSqlite.Text(row.Id), row.Account, RawSqlite.Text(row.CompanyId), RawSqlite.Money(row.Credit), RawSqlite.Text(row.Date));
            (debit.Value, description.Value, line.Value, side.Value, voucher.Value) = (RawSqlite.Money(row.Debit), RawSqlite.Nullable(row.Description), row.LineNo, row.Side.ToString(), RawSqlite.Text(row.VoucherId));
            if (row == lines[0])
            {
                command.Prepare();
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>10 lines per voucher, amounts to ten-thousandths, every other description missing.</summary>
    private static List<BulkLine> Lines(int count)
    {
        var company = Guid.CreateVersion7();
        var random = new Random(2026);
        var lines = new List<BulkLine>(count);
        var voucher = Guid.Empty;
        for (var i = 0; i < count; i++)
        {
            voucher = i % 10 == 0 ? Guid.CreateVersion7() : voucher;
            var amount = random.Next(1, 100_000_000) / 10_000m;
            var debit = i % 2 == 0;
            lines.Add(new BulkLine
            {
                Id = Guid.CreateVersion7(), CompanyId = company, VoucherId = voucher, LineNo = (i % 10) + 1, Date = new DateOnly(2026, 1, 1).AddDays(i / 1000),
                Account = debit ? "1111" : "5111", Debit = debit ? amount : 0m, Credit = debit ? 0m : amount, Side = debit ? BulkSide.Debit : BulkSide.Credit,
                Description = i % 2 == 0 ? $"Thu tiền bán hàng – chứng từ {i / 10}" : null,
            });
        }

        return lines;
    }

    private static async Task<string> CreateAsync(string file, CancellationToken cancellationToken)
    {
        await using (var context = BulkBenchContext.Open(file))
        {
            await context.Database.EnsureCreatedAsync(cancellationToken);
        }

        // WAL is a property of the file, set by the floor's connection settings: the product's context writes in WAL too.
        await using (await RawSqlite.OpenAsync(file, pooling: false, cancellationToken))
        {
        }
        return file;
    }

    private static async Task<string> ChecksumAsync(string file, CancellationToken cancellationToken)
    {
        await using var connection = await RawSqlite.OpenAsync(file, pooling: false, cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = ChecksumSql;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) ?? "";
    }

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }
}
