using System.Data.Common;
using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Contexts;

/// <summary>Provider options shared by run time, design-time factories and script generation.</summary>
public static class ModuleContextOptions
{
    public static void Configure(DbContextOptionsBuilder builder, StoreProvider provider, DbConnection connection, string schema)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var history = ModuleDbContext.HistoryTableFor(schema);
        switch (provider)
        {
            case StoreProvider.Sqlite:
                builder.UseSqlite(connection, o => o.MigrationsHistoryTable(history));
                break;
            case StoreProvider.SqlServer:
                builder.UseSqlServer(connection, o => o.MigrationsHistoryTable(history, schema));
                break;
            default:
                throw new StoreConfigurationException($"Store provider {provider} is not available in this build.");
        }
    }

    /// <summary>Options without a live database: for dotnet-ef design-time factories and script generation.</summary>
    public static DbContextOptions ForDesign(StoreProvider provider, string schema)
    {
        var builder = new DbContextOptionsBuilder();
        var history = ModuleDbContext.HistoryTableFor(schema);
        _ = provider switch
        {
            StoreProvider.Sqlite => builder.UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(history)),
            StoreProvider.SqlServer => builder.UseSqlServer(
                "Server=localhost;Database=AmisModular;Trusted_Connection=True;TrustServerCertificate=True",
                o => o.MigrationsHistoryTable(history, schema)),
            _ => throw new StoreConfigurationException($"Store provider {provider} is not available in this build."),
        };
        return builder.Options;
    }
}
