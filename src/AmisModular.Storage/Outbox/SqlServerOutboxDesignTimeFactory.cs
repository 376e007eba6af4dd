using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Storage.Outbox;

/// <summary>dotnet-ef: <c>... --context SqlServerOutboxDbContext -o Migrations/SqlServer</c>.</summary>
public sealed class SqlServerOutboxDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerOutboxDbContext>
{
    public SqlServerOutboxDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, OutboxDbContext.SchemaName));
}
