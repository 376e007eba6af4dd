using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Storage.Outbox;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Storage --context SqliteOutboxDbContext -o Migrations/Sqlite</c>.</summary>
public sealed class SqliteOutboxDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOutboxDbContext>
{
    public SqliteOutboxDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.Sqlite, OutboxDbContext.SchemaName));
}
