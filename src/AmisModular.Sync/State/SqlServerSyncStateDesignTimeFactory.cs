using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Sync.State;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Sync --context SqlServerSyncStateDbContext -o State/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerSyncStateDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerSyncStateDbContext>
{
    public SqlServerSyncStateDbContext CreateDbContext(string[] args) => new(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, SyncStateDbContext.SchemaName));
}
