using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Shell.Security.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Shell --context SqliteShellDbContext -o Security/Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteShellDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShellDbContext>
{
    public SqliteShellDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.Sqlite, ShellDbContext.SchemaName));
}
