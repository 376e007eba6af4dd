using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Shell.Security.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Shell --context SqlServerShellDbContext -o Security/Storage/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerShellDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerShellDbContext>
{
    public SqlServerShellDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, ShellDbContext.SchemaName));
}
