using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Storage;

public sealed class SqlServerCashDbContext(DbContextOptions options) : CashDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.SqlServer;
}
