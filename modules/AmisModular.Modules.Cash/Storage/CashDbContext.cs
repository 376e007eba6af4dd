using AmisModular.Modules.Cash.Documents;
using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Storage;

/// <summary>The cash module's storage, schema <c>cash</c> (SQLite: tables <c>cash_*</c>).</summary>
public abstract class CashDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "cash";

    public override string Schema => SchemaName;

    public DbSet<CashVoucher> Vouchers => Set<CashVoucher>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<CashVoucher>(e =>
        {
            e.ToTable("vouchers");
            e.Ignore(v => v.Total);
            e.Ignore(v => v.DocumentType);
            e.Property(v => v.Kind).HasConversion<string>().HasMaxLength(8);
            e.Property(v => v.Books).HasConversion<int>();
            e.Property(v => v.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(v => v.TaxNumber).HasMaxLength(32);
            e.Property(v => v.InternalNumber).HasMaxLength(32);
            e.Property(v => v.PersonName).HasMaxLength(200).IsRequired();
            e.Property(v => v.Address).HasMaxLength(400);
            e.Property(v => v.Description).HasMaxLength(1000).IsRequired();
            e.Property(v => v.CashAccount).HasMaxLength(20).IsRequired();
            e.Property(v => v.Currency).HasMaxLength(3).IsFixedLength();
            e.HasMany(v => v.Lines).WithOne().HasForeignKey(l => l.VoucherId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(v => new { v.CompanyId, v.Kind, v.TaxNumber }).IsUnique();
            e.HasIndex(v => new { v.CompanyId, v.Kind, v.InternalNumber }).IsUnique();
            e.HasIndex(v => new { v.CompanyId, v.PostingDate });
        });
        modelBuilder.Entity<CashVoucherLine>(e =>
        {
            e.ToTable("voucher_lines");
            e.HasKey(l => new { l.VoucherId, l.LineNo });
            e.Property(l => l.Description).HasMaxLength(1000);
            e.Property(l => l.CounterAccount).HasMaxLength(20).IsRequired();
        });
    }
}
