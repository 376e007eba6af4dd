using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Outbox;

public sealed class SqlServerOutboxDbContext(DbContextOptions options) : OutboxDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.SqlServer;
}
