using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace AmisModular.Testing;

/// <summary>
/// A real PostgreSQL for a test class. AMIS_TEST_PG (a connection string) is used when set; otherwise initdb +
/// pg_ctl start a throwaway server in a temp folder on a free 127.0.0.1 port (as user postgres when running as root,
/// because PostgreSQL refuses to run as root), stopped and deleted at the end. Each test class gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? dataDirectory;
    private string adminConnection = "";

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable("AMIS_TEST_PG");
        if (!string.IsNullOrWhiteSpace(external))
        {
            adminConnection = external;
        }
        else
        {
            adminConnection = await StartLocalAsync();
        }

        var database = "amis_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(adminConnection))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await command.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database, Pooling = true, MaxPoolSize = 50 }.ToString();
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (dataDirectory is null)
        {
            return;
        }

        await RunAsync(PgBin("pg_ctl"), $"-D {dataDirectory}/data -m fast -w stop");
        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<string> StartLocalAsync()
    {
        dataDirectory = Directory.CreateTempSubdirectory("amis-pg-").FullName;
        var port = FreePort();
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", $"postgres {dataDirectory}", asPostgres: false);
        }

        await RunAsync(PgBin("initdb"), $"-D {dataDirectory}/data -U postgres -A trust --no-sync -E UTF8");
        await RunAsync(PgBin("pg_ctl"),
            $"-D {dataDirectory}/data -l {dataDirectory}/log.txt -w -o \"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start");
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    private static string PgBin(string tool)
    {
        if (File.Exists($"/usr/local/bin/{tool}"))
        {
            return $"/usr/local/bin/{tool}";
        }

        return Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists) ?? tool
            : tool;
    }

    private static async Task RunAsync(string file, string arguments, bool asPostgres = true)
    {
        var root = Environment.UserName == "root";
        var start = root && asPostgres
            ? new ProcessStartInfo("runuser", $"-u postgres -- {file} {arguments}")
            : new ProcessStartInfo(file, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
