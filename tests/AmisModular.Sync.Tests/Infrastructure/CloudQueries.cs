using AmisModular.Cloud.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Sync.Tests.Infrastructure;

public static class CloudQueries
{
    public static async Task<T> ReadAsync<T>(this CloudNode cloud, Func<CloudDbContext, Task<T>> read)
    {
        await using var db = cloud.Services.GetRequiredService<CloudDbFactory>().Create();
        return await read(db);
    }

    /// <summary>The cloud's derived journal in the same form as <see cref="ClientNode.JournalAsync"/>.</summary>
    public static async Task<List<string>> JournalAsync(this CloudNode cloud)
    {
        var lines = await cloud.ReadAsync(db => db.JournalLines.AsNoTracking().ToListAsync());
        return [.. lines.Select(l => $"{l.DocumentId}|{l.AccountCode}|{l.PartnerId}|{l.Debit}|{l.Credit}").Order(StringComparer.Ordinal)];
    }

    public static Task<List<ChangeLogEntry>> ChangeLogAsync(this CloudNode cloud) =>
        cloud.ReadAsync(db => db.ChangeLog.AsNoTracking().OrderBy(c => c.ServerSeq).ToListAsync());
}
