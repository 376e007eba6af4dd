using System.Text.Json;
using System.Text.Json.Nodes;
using AmisModular.Cli.Cli;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cli.Accounting;

/// <summary>The current company (<c>amis company use</c>), kept as <c>&lt;data&gt;/current-company.json</c> {"taxCode": "…"}.</summary>
public static class CompanySelection
{
    public static string FilePath(string dataDirectory) => Path.Combine(dataDirectory, "current-company.json");

    public static string? Read(string dataDirectory)
    {
        var path = FilePath(dataDirectory);
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?["taxCode"]?.GetValue<string>() : null;
    }

    public static void Write(string dataDirectory, string taxCode)
    {
        var path = FilePath(dataDirectory);
        File.WriteAllText(path + ".new", new JsonObject { ["taxCode"] = taxCode }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        File.Move(path + ".new", path, overwrite: true);
    }

    /// <summary>--company, else the current company, else the only company there is.</summary>
    public static async Task<Company> ResolveAsync(LedgerSession session, string? taxCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var unit = await session.Store.BeginReadAsync(cancellationToken);
        var companies = unit.Context<LedgerDbContext>().Companies.AsNoTracking();
        var wanted = taxCode ?? Read(session.Installation.Paths.DataDirectory);
        if (wanted is not null)
        {
            return await companies.FirstOrDefaultAsync(c => c.TaxCode == wanted, cancellationToken)
                ?? throw new CliNotFoundException($"không có công ty mã số thuế {wanted} / no company with tax code {wanted} (amis company list)");
        }

        var all = await companies.Take(2).ToListAsync(cancellationToken);
        return all.Count == 1 ? all[0]
            : throw new CliInputException(all.Count == 0
                ? "chưa có công ty nào: tạo bằng 'amis company create' / no company yet: create one with 'amis company create'"
                : "có nhiều công ty: chọn bằng 'amis company use <mst>' hoặc --company / several companies: choose one with 'amis company use <taxcode>' or --company");
    }
}
