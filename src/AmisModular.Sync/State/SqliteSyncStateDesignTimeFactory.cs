using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Sync.State;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Sync --context SqliteSyncStateDbContext -o State/Migrations/Sqlite</c>.</summary>
public sealed class SqliteSyncStateDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSyncStateDbContext>
{
    public SqliteSyncStateDbContext CreateDbContext(string[] args) => new(ModuleContextOptions.ForDesign(StoreProvider.Sqlite, SyncStateDbContext.SchemaName));
}
