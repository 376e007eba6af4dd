using AmisModular.Storage.Contexts;
using AmisModular.Storage.Money;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Cloud.Data;

/// <summary>The cloud's database (schema <c>cloud</c>; SQLite: tables prefixed <c>cloud_</c>). One subclass per provider.</summary>
public abstract class CloudDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "cloud";

    public override string Schema => SchemaName;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<CloudBook> Books => Set<CloudBook>();

    public DbSet<Device> Devices => Set<Device>();

    public DbSet<EnrollmentCode> EnrollmentCodes => Set<EnrollmentCode>();

    public DbSet<CloudDocument> Documents => Set<CloudDocument>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<StoredAck> Acks => Set<StoredAck>();

    public DbSet<ServerMeta> Meta => Set<ServerMeta>();

    public DbSet<CloudJournalLine> JournalLines => Set<CloudJournalLine>();

    public DbSet<CloudFiscalYear> FiscalYears => Set<CloudFiscalYear>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var tenant = modelBuilder.Entity<Tenant>();
        tenant.ToTable("tenants");
        tenant.HasIndex(t => t.TaxCode).IsUnique();
        tenant.Property(t => t.TaxCode).HasMaxLength(14);
        tenant.Property(t => t.Name).HasMaxLength(200);
        tenant.Property(t => t.LicensedModules).HasMaxLength(500);

        var year = modelBuilder.Entity<CloudFiscalYear>();
        year.ToTable("fiscal_years");
        year.HasKey(y => new { y.BookId, y.Year });

        var book = modelBuilder.Entity<CloudBook>();
        book.ToTable("books");
        book.HasIndex(b => new { b.TenantId, b.Code }).IsUnique();
        book.Property(b => b.Code).HasMaxLength(32);

        var device = modelBuilder.Entity<Device>();
        device.ToTable("devices");
        device.HasIndex(d => d.TenantId);
        // A device's series is in every voucher number it makes: unique per company, the last guard against a collision.
        device.HasIndex(d => new { d.TenantId, d.Series }).IsUnique();
        device.Property(d => d.Branch).HasMaxLength(32);
        device.Property(d => d.Series).HasMaxLength(32);
        device.Property(d => d.Name).HasMaxLength(100);
        device.Property(d => d.SecretHash).HasMaxLength(64);

        var code = modelBuilder.Entity<EnrollmentCode>();
        code.ToTable("enrollment_codes");
        code.HasKey(c => c.CodeHash);
        code.Property(c => c.CodeHash).HasMaxLength(64);
        code.Property(c => c.Branch).HasMaxLength(32);

        var document = modelBuilder.Entity<CloudDocument>();
        document.ToTable("documents");
        document.HasKey(d => new { d.BookId, d.DocumentId });
        document.HasIndex(d => new { d.BookId, d.DocumentType, d.Number });
        document.Property(d => d.Module).HasMaxLength(32);
        document.Property(d => d.DocumentType).HasMaxLength(64);
        document.Property(d => d.Operation).HasMaxLength(16);
        document.Property(d => d.Number).HasMaxLength(64);

        var change = modelBuilder.Entity<ChangeLogEntry>();
        change.ToTable("change_log");
        change.HasKey(c => new { c.BookId, c.ServerSeq });
        change.Property(c => c.Module).HasMaxLength(32);
        change.Property(c => c.DocumentType).HasMaxLength(64);
        change.Property(c => c.Operation).HasMaxLength(16);

        var ack = modelBuilder.Entity<StoredAck>();
        ack.ToTable("acks");
        ack.HasKey(a => new { a.DeviceId, a.Epoch, a.Seq });
        ack.Property(a => a.PayloadHash).HasMaxLength(64);
        ack.Property(a => a.Status).HasMaxLength(16);

        var line = modelBuilder.Entity<CloudJournalLine>();
        line.ToTable("journal_lines");
        line.HasKey(l => new { l.BookId, l.DocumentId, l.Ledger, l.LineNo });
        line.HasIndex(l => new { l.BookId, l.Ledger, l.PostingDate });
        line.Property(l => l.AccountCode).HasMaxLength(20);
        line.Property(l => l.CorrespondingAccountCode).HasMaxLength(20);
        line.Property(l => l.Debit).HasConversion<MoneyConverter>();
        line.Property(l => l.Credit).HasConversion<MoneyConverter>();

        var meta = modelBuilder.Entity<ServerMeta>();
        meta.ToTable("meta");
        meta.HasKey(m => m.Key);
        meta.Property(m => m.Key).HasMaxLength(64);
        meta.Property(m => m.Value).HasMaxLength(200);
    }
}
