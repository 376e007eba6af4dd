using AmisModular.Storage.Money;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Tests.Bulk;

/// <summary>A plain context over SQLite or PostgreSQL, mapped the way the modules map their documents.</summary>
public sealed class BulkProbeContext(DbContextOptions<BulkProbeContext> options) : DbContext(options)
{
    public DbSet<BulkProbeRow> Rows => Set<BulkProbeRow>();

    public DbSet<BulkProbeCounter> Counters => Set<BulkProbeCounter>();

    public DbSet<BulkProbeOwner> Owners => Set<BulkProbeOwner>();

    public static BulkProbeContext Sqlite(string file) =>
        new(new DbContextOptionsBuilder<BulkProbeContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    public static BulkProbeContext Postgres(string connectionString) =>
        new(new DbContextOptionsBuilder<BulkProbeContext>().UseNpgsql(connectionString).Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BulkProbeRow>(row =>
        {
            row.ToTable("bulk_rows");
            row.Property(r => r.Code).HasMaxLength(20);
            row.Property(r => r.Amount).HasConversion(new MoneyConverter());
            row.Property(r => r.Rate).HasPrecision(18, 6);
            row.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        });
        modelBuilder.Entity<BulkProbeCounter>().ToTable("bulk_counters");
        modelBuilder.Entity<BulkProbeOwner>(owner =>
        {
            owner.ToTable("bulk_owners");
            owner.OwnsOne(o => o.Address);
        });
    }
}
