using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Support;

/// <summary>A test module ("probe") on SQLite: its tables are created with CreateTables (it ships no migrations).</summary>
public sealed class ProbeDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public override string Schema => "probe";

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public DbSet<ProbeDocument> Documents => Set<ProbeDocument>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ProbeDocument>().ToTable("documents");
}
