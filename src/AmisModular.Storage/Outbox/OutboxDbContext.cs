using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Outbox;

/// <summary>The sync infrastructure's own storage (schema <c>sync</c>).</summary>
public abstract class OutboxDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "sync";

    public override string Schema => SchemaName;

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        var message = modelBuilder.Entity<OutboxMessage>();
        message.ToTable("outbox");
        message.HasKey(m => new { m.DeviceId, m.Seq });
        message.Property(m => m.Module).HasMaxLength(32).IsRequired();
        message.Property(m => m.DocumentType).HasMaxLength(64).IsRequired();
        message.Property(m => m.Operation).HasMaxLength(16).IsRequired();
        message.Property(m => m.LocalNumber).HasMaxLength(32);
        message.Property(m => m.PayloadHash).HasMaxLength(64).IsFixedLength().IsRequired();
        message.Property(m => m.Payload).IsRequired();
        message.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
        message.Property(m => m.Reason).HasMaxLength(1000);
        message.HasIndex(m => new { m.State, m.DeviceId, m.Seq });
        message.HasIndex(m => m.DocumentId);
    }
}
