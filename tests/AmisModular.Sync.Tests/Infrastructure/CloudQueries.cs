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

    public static Task<List<ChangeLogEntry>> ChangeLogAsync(this CloudNode cloud) =>
        cloud.ReadAsync(db => db.ChangeLog.AsNoTracking().OrderBy(c => c.ServerSeq).ToListAsync());
}
