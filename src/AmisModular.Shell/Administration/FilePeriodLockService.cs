using System.Text.Json;
using System.Text.Json.Serialization;
using AmisModular.Shell.Companies;
using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Administration;

/// <summary>In-shell <see cref="IPeriodLockService"/>: lock dates in <c>period-locks.json</c>; knows no vouchers.</summary>
public sealed class FilePeriodLockService(ShellDataFolder folder, TimeProvider clock) : IPeriodLockService, IDisposable
{
    private const string FileName = "period-locks.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<PeriodLock> GetAsync(Guid companyId, Book book, CancellationToken cancellationToken = default)
    {
        var locks = await ReadAsync(cancellationToken);
        return locks.FirstOrDefault(l => l.CompanyId == companyId && l.Book == book)
            ?? new PeriodLock(companyId, book, null, null, null);
    }

    public async Task<PeriodLock> SetLockDateAsync(Guid companyId, Book book, DateOnly? lockedThrough, string userName, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var locks = await ReadAsync(cancellationToken);
            var next = new PeriodLock(companyId, book, lockedThrough, userName, clock.GetUtcNow());
            var all = locks.Where(l => !(l.CompanyId == companyId && l.Book == book)).Append(next).ToList();
            await folder.WriteAtomicallyAsync(FileName, JsonSerializer.SerializeToUtf8Bytes(all, Json), cancellationToken);
            return next;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<List<PeriodLock>> ReadAsync(CancellationToken cancellationToken)
    {
        var path = folder.File(FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<PeriodLock>>(stream, Json, cancellationToken) ?? [];
    }

    public void Dispose() => gate.Dispose();
}
