using AmisModular.EndToEnd.Tests.Infrastructure;

namespace AmisModular.EndToEnd.Tests;

/// <summary>
/// The cloud's admin commands as an administrator runs them: the real executable, the database named on the command
/// line (as for a PostgreSQL or SQL Server cloud), configuration tokens mixed in with the command's options.
/// </summary>
public sealed class CloudAdminCommandTests : IDisposable
{
    private const string TaxCode = "0109999999";
    private readonly string _directory = Directory.CreateTempSubdirectory("amis-e2e-admin-").FullName;

    [Fact]
    public async Task CreateTenantThenListYears_DatabaseFromTheCommandLine_BothActOnThatDatabase()
    {
        var database = Path.Combine(_directory, "admin-cloud.db");
        var connection = $"--Cloud:Database:ConnectionString=Data Source={database};Pooling=False";

        var created = await RunAsync("admin", "create-tenant", "--tax-code", TaxCode, connection, "--name", "Công ty TNHH Quản Trị");
        var years = await RunAsync("admin", "open-year", "--tax-code", TaxCode, "--year", "2026", connection);
        var listed = await RunAsync("admin", "list-years", connection, "--tax-code", TaxCode);

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains($"tenant {TaxCode}", created.Output, StringComparison.Ordinal);
        Assert.True(years.ExitCode == 0, years.Output);
        Assert.True(listed.ExitCode == 0, listed.Output);
        Assert.Contains("2026\t2026-01-01\t2026-12-31", listed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(database), "The admin command did not write the database named on its command line.");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        using var process = ChildProcess.Start(BuildOutputs.CloudDll, new Dictionary<string, string>(), [.. args, "--Logging:LogLevel:Default=Warning"]);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exit, process.Output);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
