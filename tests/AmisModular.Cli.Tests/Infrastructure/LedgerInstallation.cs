using System.Globalization;
using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;
using Microsoft.Data.Sqlite;

namespace AmisModular.Cli.Tests.Infrastructure;

/// <summary>A temp installation with a company (TT99, fiscal year 2026) in its real SQLite store, driven through `amis`.</summary>
internal sealed class LedgerInstallation : IDisposable
{
    public const string TaxCode = "0101234567";

    public LedgerInstallation(bool createCompany = true, bool internalBook = false)
    {
        if (createCompany)
        {
            string[] args = ["company", "create", "--name", "Công ty TNHH An Bình", "--tax-code", TaxCode, "--regime", "TT99", "--fiscal-year", "2026"];
            var created = Run(internalBook ? [.. args, "--internal-book"] : args);
            Assert.True(created.ExitCode == ExitCodes.Ok, created.ToString());
        }
    }

    public TestInstallation Install { get; } = new();

    public string StoreFile => Path.Combine(Install.DataDirectory, "store", "amis.db");

    public CliResult Run(params string[] args) => Install.Run(args);

    public CliResult Ok(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == ExitCodes.Ok, $"amis {string.Join(' ', args)} → {result}");
        return result;
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Install.Base, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string name) => Path.Combine(Install.Base, name);

    public long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={StoreFile};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>`amis report trial-balance --format json` as account → (closing debit, closing credit, period debit, period credit).</summary>
    public IReadOnlyDictionary<string, (decimal ClosingDebit, decimal ClosingCredit, decimal PeriodDebit, decimal PeriodCredit)> TrialBalance(
        string from = "2026-01-01", string to = "2026-01-31", string book = "Tax")
    {
        var path = PathOf($"tb-{Guid.NewGuid():N}.json");
        Ok("report", "trial-balance", "--book", book, "--from", from, "--to", to, "--format", "json", "--out", path);
        var rows = JsonNode.Parse(File.ReadAllText(path))!["rows"]!.AsArray();
        return rows.Where(r => r!["kind"]!.GetValue<string>() == "detail").ToDictionary(
            r => r!["cells"]!["account"]!.GetValue<string>(),
            r => (Money(r!, "closingDebit"), Money(r!, "closingCredit"), Money(r!, "periodDebit"), Money(r!, "periodCredit")));
    }

    private static decimal Money(JsonNode row, string key) => row["cells"]![key]?.GetValue<decimal>() ?? 0m;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Install.Dispose();
    }
}
