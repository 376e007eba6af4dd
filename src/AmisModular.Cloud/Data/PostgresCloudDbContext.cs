using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Data;

public sealed class PostgresCloudDbContext(DbContextOptions options) : CloudDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.PostgreSql;
}
