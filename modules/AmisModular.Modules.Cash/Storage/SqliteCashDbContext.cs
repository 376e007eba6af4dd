using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Storage;

public sealed class SqliteCashDbContext(DbContextOptions options) : CashDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.Sqlite;
}
