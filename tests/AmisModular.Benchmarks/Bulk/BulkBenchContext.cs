using AmisModular.Storage.Money;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Benchmarks.Bulk;

/// <summary>One table of journal-line-like rows, mapped the way the modules map theirs (money as ten-thousandths, enum as text).</summary>
public sealed class BulkBenchContext(DbContextOptions<BulkBenchContext> options) : DbContext(options)
{
    public DbSet<BulkLine> Lines => Set<BulkLine>();

    public static BulkBenchContext Open(string file) =>
        new(new DbContextOptionsBuilder<BulkBenchContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BulkLine>(line =>
        {
            line.ToTable("bulk_lines");
            line.Property(l => l.Account).HasMaxLength(20);
            line.Property(l => l.Debit).HasConversion(new MoneyConverter());
            line.Property(l => l.Credit).HasConversion(new MoneyConverter());
            line.Property(l => l.Side).HasConversion<string>().HasMaxLength(8);
            line.HasIndex(l => l.VoucherId);
        });
}
