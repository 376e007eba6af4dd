using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Modules.Cash.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project modules/AmisModular.Modules.Cash --context SqlServerCashDbContext -o Storage/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerCashDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCashDbContext>
{
    public SqlServerCashDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, CashDbContext.SchemaName));
}
