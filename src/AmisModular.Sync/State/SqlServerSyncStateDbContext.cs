using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.State;

public sealed class SqlServerSyncStateDbContext(DbContextOptions options) : SyncStateDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.SqlServer;
}
