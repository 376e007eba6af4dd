using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Modules.Cash.Storage;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project modules/AmisModular.Modules.Cash --context SqliteCashDbContext -o Storage/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCashDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCashDbContext>
{
    public SqliteCashDbContext CreateDbContext(string[] args) =>
        new(ModuleContextOptions.ForDesign(StoreProvider.Sqlite, CashDbContext.SchemaName));
}
