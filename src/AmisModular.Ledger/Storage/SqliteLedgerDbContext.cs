using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Storage;

public sealed class SqliteLedgerDbContext(DbContextOptions options) : LedgerDbContext(options)
{
    public override StoreProvider Provider => StoreProvider.Sqlite;
}
