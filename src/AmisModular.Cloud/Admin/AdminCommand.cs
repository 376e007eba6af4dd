using System.Globalization;
using AmisModular.Cloud.Figures;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Licensing;
using AmisModular.Ledger.Companies;
using AmisModular.Cloud.Partitions;

namespace AmisModular.Cloud.Admin;

/// <summary>
/// <c>AmisModular.Cloud admin &lt;command&gt; [--option value]...</c> against the configured database:
/// create-tenant --tax-code --name [--company-id] [--modules a,b]; issue-code --tax-code [--branch] [--hours];
/// list-devices --tax-code; revoke-device --device; lock --tax-code --through yyyy-MM-dd; open-year --tax-code --year YYYY [--start yyyy-MM-dd]; list-years --tax-code; compact --tax-code --keep-days N;
/// trial-balance --tax-code --from yyyy-MM-dd --to yyyy-MM-dd [--book Tax|Internal];
/// import-licence --tax-code --file licence.json (the vendor-signed file; its modules become the licensed ones);
/// rotate-epoch (after restoring the database from a backup, before starting the cloud);
/// rotate-token-key [--drop-previous true] (a new access-token signing key; drop the old one when it leaked).
/// set-licence --tax-code [--modules a,b] (a module left out is removed from every device); revoke-book-access --device.
/// </summary>
public static class AdminCommand
{
    public static async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var admin = services.GetRequiredService<AdminService>();
        var option = Options(args);
        var ct = CancellationToken.None;
        try
        {
            await CloudApp.MigrateAsync(services, ct);
            switch (args.FirstOrDefault())
            {
                case "create-tenant":
                    var created = await admin.CreateTenantAsync(Require(option, "tax-code"), Require(option, "name"),
                        option.TryGetValue("company-id", out var company) ? Guid.Parse(company) : null, option.GetValueOrDefault("modules"), ct);
                    await output.WriteLineAsync($"tenant {created.TaxCode} company {created.CompanyId} book {created.BookId}");
                    return 0;
                case "issue-code":
                    var code = await admin.IssueEnrollmentCodeAsync(Require(option, "tax-code"), option.GetValueOrDefault("branch"),
                        TimeSpan.FromHours(int.Parse(option.GetValueOrDefault("hours") ?? "72", CultureInfo.InvariantCulture)), ct);
                    await output.WriteLineAsync($"{code.Code} (expires {code.ExpiresAt:u})");
                    return 0;
                case "list-devices":
                    foreach (var d in await admin.ListDevicesAsync(Require(option, "tax-code"), ct))
                    {
                        await output.WriteLineAsync($"{d.DeviceId}\t{d.Name}\t{d.Series}\tepoch {d.Epoch}\tlastSeq {d.LastSeq}\t{(d.Revoked ? "revoked" : "active")}");
                    }

                    return 0;
                case "revoke-device":
                    await admin.RevokeDeviceAsync(Guid.Parse(Require(option, "device")), ct);
                    await output.WriteLineAsync("revoked");
                    return 0;
                case "set-licence":
                    var removed = await services.GetRequiredService<PartitionAdmin>().SetLicensedModulesAsync(Require(option, "tax-code"), option.GetValueOrDefault("modules"), ct);
                    await output.WriteLineAsync(removed.Count == 0 ? "licence set" : $"licence set; removed: {string.Join(',', removed)}");
                    return 0;
                case "revoke-book-access":
                    await services.GetRequiredService<PartitionAdmin>().RevokeBookAccessAsync(Guid.Parse(Require(option, "device")), ct);
                    await output.WriteLineAsync("book access revoked");
                    return 0;
                case "lock":
                    await admin.LockPeriodsAsync(Require(option, "tax-code"), DateOnly.ParseExact(Require(option, "through"), "yyyy-MM-dd", CultureInfo.InvariantCulture), ct);
                    await output.WriteLineAsync("locked");
                    return 0;
                case "open-year":
                    var opened = await services.GetRequiredService<FiscalYearAdmin>().OpenAsync(Require(option, "tax-code"),
                        int.Parse(Require(option, "year"), CultureInfo.InvariantCulture),
                        option.TryGetValue("start", out var start) ? DateOnly.ParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null, ct);
                    await output.WriteLineAsync($"fiscal year {opened.Year}: {opened.StartDate:yyyy-MM-dd} .. {opened.EndDate:yyyy-MM-dd}");
                    return 0;
                case "list-years":
                    foreach (var y in await services.GetRequiredService<FiscalYearAdmin>().ListAsync(Require(option, "tax-code"), ct))
                    {
                        await output.WriteLineAsync($"{y.Year}\t{y.StartDate:yyyy-MM-dd}\t{y.EndDate:yyyy-MM-dd}");
                    }

                    return 0;
                case "trial-balance":
                    await WriteTrialBalanceAsync(services.GetRequiredService<CloudTrialBalance>(), option, output, ct);
                    return 0;
                case "import-licence":
                    var imported = await services.GetRequiredService<LicenceImport>().ImportAsync(
                        Require(option, "tax-code"), await ReadFileAsync(Require(option, "file"), ct), ct);
                    await output.WriteLineAsync($"licence {imported.LicenceId} valid until {imported.ValidUntil:yyyy-MM-dd}: modules {string.Join(',', imported.Modules)}"
                        + (imported.Removed.Count > 0 ? $"; removed from every device: {string.Join(',', imported.Removed)}" : ""));
                    return 0;
                case "rotate-token-key":
                    var drop = option.TryGetValue("drop-previous", out var dropValue) && string.Equals(dropValue, "true", StringComparison.OrdinalIgnoreCase);
                    await services.GetRequiredService<Auth.AccessTokens>().RotateAsync(drop, ct);
                    await output.WriteLineAsync(drop ? "access-token key rotated; tokens of the old key no longer accepted" : "access-token key rotated; tokens of the old key accepted until they expire");
                    return 0;
                case "rotate-epoch":
                    await output.WriteLineAsync($"server epoch {await admin.RotateEpochAsync(ct)}");
                    return 0;
                case "compact":
                    var compacted = await admin.CompactAsync(Require(option, "tax-code"), int.Parse(Require(option, "keep-days"), CultureInfo.InvariantCulture), ct);
                    await output.WriteLineAsync($"deleted {compacted.SupersededDeleted} superseded, {compacted.TombstonesDeleted} tombstones; retention floor {compacted.RetentionFloor}");
                    return 0;
                default:
                    await output.WriteLineAsync("usage: admin create-tenant|issue-code|list-devices|revoke-device|revoke-book-access|set-licence|lock|open-year|list-years|trial-balance|import-licence|rotate-epoch|rotate-token-key|compact [--option value]...");
                    return 2;
            }
        }
        catch (Exception ex) when (ex is AdminException or FormatException)
        {
            await output.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task WriteTrialBalanceAsync(CloudTrialBalance figures, Dictionary<string, string> option, TextWriter output, CancellationToken ct)
    {
        var book = Enum.TryParse<Book>(option.GetValueOrDefault("book") ?? "Tax", ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new AdminException("--book phải là Tax hoặc Internal. / --book must be Tax or Internal.");
        var rows = await figures.ForAsync(Require(option, "tax-code"), book, Date(option, "from"), Date(option, "to"), ct);
        await output.WriteLineAsync("account\topening debit\topening credit\tdebit\tcredit\tclosing debit\tclosing credit");
        foreach (var r in rows)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{r.AccountCode}\t{r.OpeningDebit:#,##0.####}\t{r.OpeningCredit:#,##0.####}\t{r.PeriodDebit:#,##0.####}\t{r.PeriodCredit:#,##0.####}\t{r.ClosingDebit:#,##0.####}\t{r.ClosingCredit:#,##0.####}"));
        }
    }

    private static async Task<string> ReadFileAsync(string path, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new AdminException($"Không đọc được tệp {path}: {ex.Message} / Cannot read {path}: {ex.Message}");
        }
    }

    private static DateOnly Date(Dictionary<string, string> option, string name) =>
        DateOnly.TryParseExact(Require(option, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new AdminException($"--{name} phải có dạng yyyy-MM-dd. / --{name} must be yyyy-MM-dd.");

    private static Dictionary<string, string> Options(string[] args)
    {
        // "--option value" pairs; a "--Key=value" token is configuration (the database, the licence keys), read by the
        // host, and stands alone.
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (i + 1 < args.Length)
            {
                result[args[i][2..]] = args[++i];
            }
        }

        return result;
    }

    private static string Require(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) ? value : throw new AdminException($"Thiếu --{name}. / --{name} is required.");
}
