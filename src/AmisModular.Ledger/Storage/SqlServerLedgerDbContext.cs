using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Storage;

public sealed class SqlServerLedgerDbContext(DbContextOptions options) : LedgerDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.SqlServer;
}
