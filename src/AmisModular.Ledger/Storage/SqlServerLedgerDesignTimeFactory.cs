using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Ledger.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Ledger --context SqlServerLedgerDbContext -o Storage/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerLedgerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerLedgerDbContext>
{
    public SqlServerLedgerDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, LedgerDbContext.SchemaName));
}
