using AmisModular.Storage.Configuration;
using Microsoft.EntityFrameworkCore.Design;

namespace AmisModular.Cloud.Data;

/// <summary>dotnet-ef: <c>dotnet ef migrations add X --project src/AmisModular.Cloud --context SqliteCloudDbContext -o Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteCloudDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCloudDbContext>
{
    public SqliteCloudDbContext CreateDbContext(string[] args) => new(CloudDbFactory.Build(StoreProvider.Sqlite, "Data Source=design.db"));
}

/// <summary>dotnet-ef: <c>... --context PostgresCloudDbContext -o Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresCloudDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCloudDbContext>
{
    public PostgresCloudDbContext CreateDbContext(string[] args) => new(CloudDbFactory.Build(StoreProvider.PostgreSql, "Host=localhost;Database=amis_cloud"));
}

/// <summary>dotnet-ef: <c>... --context SqlServerCloudDbContext -o Data/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerCloudDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCloudDbContext>
{
    public SqlServerCloudDbContext CreateDbContext(string[] args) =>
        new(CloudDbFactory.Build(StoreProvider.SqlServer, "Server=localhost;Database=AmisCloud;Trusted_Connection=True;TrustServerCertificate=True"));
}
