using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Sync.State;

/// <summary>The sync engine's local state (schema <c>syncstate</c>; SQLite prefix <c>syncstate_</c>), beside the outbox.</summary>
public abstract class SyncStateDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "syncstate";

    public override string Schema => SchemaName;

    public DbSet<SyncCredential> Credentials => Set<SyncCredential>();

    public DbSet<SyncCursor> Cursors => Set<SyncCursor>();

    public DbSet<SyncAckRecord> Acks => Set<SyncAckRecord>();

    public DbSet<ConflictCopy> ConflictCopies => Set<ConflictCopy>();

    public DbSet<InboundRejection> InboundRejections => Set<InboundRejection>();

    public DbSet<SyncRecovery> Recoveries => Set<SyncRecovery>();
    public DbSet<SyncNotice> Notices => Set<SyncNotice>();

    public DbSet<SnapshotInstall> SnapshotInstalls => Set<SnapshotInstall>();

    public DbSet<SnapshotDocument> SnapshotDocuments => Set<SnapshotDocument>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var credential = modelBuilder.Entity<SyncCredential>();
        credential.ToTable("credential");
        credential.HasKey(c => c.DeviceId);
        credential.Property(c => c.Token).HasMaxLength(200);
        credential.Property(c => c.TenantTaxCode).HasMaxLength(14);
        credential.Property(c => c.Branch).HasMaxLength(32);
        credential.Property(c => c.Series).HasMaxLength(32);
        credential.Property(c => c.ServerEpoch).HasMaxLength(64);

        var cursor = modelBuilder.Entity<SyncCursor>();
        cursor.ToTable("cursors");
        cursor.HasKey(c => c.BookId);

        var ack = modelBuilder.Entity<SyncAckRecord>();
        ack.ToTable("acks");
        ack.HasKey(a => new { a.DeviceId, a.Seq });
        ack.Property(a => a.Status).HasMaxLength(16);
        ack.Property(a => a.FinalNumber).HasMaxLength(64);
        ack.Property(a => a.Code).HasMaxLength(64);

        var copy = modelBuilder.Entity<ConflictCopy>();
        copy.ToTable("conflict_copies");
        copy.HasIndex(c => c.DocumentId);
        copy.Property(c => c.Module).HasMaxLength(32);
        copy.Property(c => c.DocumentType).HasMaxLength(64);
        copy.Property(c => c.Code).HasMaxLength(64);
        copy.Property(c => c.Reason).HasMaxLength(1000);

        var rejection = modelBuilder.Entity<InboundRejection>();
        rejection.ToTable("inbound_rejections");
        rejection.HasKey(r => new { r.BookId, r.ServerSeq });
        rejection.HasIndex(r => new { r.BookId, r.DocumentId });
        rejection.Property(r => r.Module).HasMaxLength(32);
        rejection.Property(r => r.DocumentType).HasMaxLength(64);
        rejection.Property(r => r.Operation).HasMaxLength(32);
        rejection.Property(r => r.Reason).HasMaxLength(1000);

        var recovery = modelBuilder.Entity<SyncRecovery>();
        recovery.ToTable("recovery");
        recovery.HasKey(r => r.DeviceId);
        recovery.Property(r => r.TargetServerEpoch).HasMaxLength(64);
        recovery.Property(r => r.Step).HasConversion<string>().HasMaxLength(32);
        var notice = modelBuilder.Entity<SyncNotice>();
        notice.ToTable("notices");
        notice.HasIndex(n => new { n.BookId, n.Kind, n.Module });
        notice.Property(n => n.Kind).HasMaxLength(32);
        notice.Property(n => n.Module).HasMaxLength(32);
        notice.Property(n => n.OldNumber).HasMaxLength(64);
        notice.Property(n => n.NewNumber).HasMaxLength(64);
        notice.Property(n => n.Message).HasMaxLength(1000);

        var install = modelBuilder.Entity<SnapshotInstall>();
        install.ToTable("snapshot_installs");
        install.HasKey(i => i.SnapshotId);
        install.HasIndex(i => i.BookId);
        install.Property(i => i.SnapshotId).HasMaxLength(32);
        install.Property(i => i.Sha256).HasMaxLength(64);

        var document = modelBuilder.Entity<SnapshotDocument>();
        document.ToTable("snapshot_documents");
        document.HasKey(d => d.DocumentId);
    }
}
