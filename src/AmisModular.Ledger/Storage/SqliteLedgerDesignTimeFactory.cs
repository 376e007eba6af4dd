using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Ledger.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Ledger --context SqliteLedgerDbContext -o Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteLedgerDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLedgerDbContext>
{
    public SqliteLedgerDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.Sqlite, LedgerDbContext.SchemaName));
}
