using AmisModular.Storage.Configuration;
using AmisModular.Storage.Money;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Contexts;

/// <summary>
/// Base of every module's context. A module owns one schema: on SQL Server / PostgreSQL the tables live in schema
/// <see cref="Schema"/>; SQLite has no schemas, so every table is prefixed <c>schema_</c> instead. Every decimal
/// is stored as integer minor units (see <see cref="MoneyStorage"/>).
/// Migrations are per provider: a module declares one sealed subclass per provider (e.g. SqliteLedgerDbContext,
/// SqlServerLedgerDbContext) so dotnet-ef generates a separate migrations set for each, with the provider's own
/// types and DDL; one model for all providers would need hand-edited migrations at every change.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The schema (SQLite: table prefix) this module owns, e.g. <c>core</c>, <c>sync</c>, <c>cash</c>.</summary>
    public abstract string Schema { get; }

    /// <summary>The provider this (sealed, per-provider) context class is built for.</summary>
    public abstract StoreProvider Provider { get; }

    /// <summary>The per-module migrations history table (the name the module SDK prescribes).</summary>
    public static string HistoryTableFor(string schema) => $"{schema}_migrations_history";

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        CheckMoney();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        CheckMoney();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<MoneyConverter>();
        configurationBuilder.Properties<decimal?>().HaveConversion<MoneyConverter>();
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        ConfigureModel(modelBuilder);
        if (Provider == StoreProvider.Sqlite)
        {
            PrefixTables(modelBuilder);
        }
        else
        {
            modelBuilder.HasDefaultSchema(Schema);
        }
    }

    /// <summary>The module's entity configuration, with unprefixed table names.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Refuses, naming the field, an amount the store would have to round (instead of a wrapped converter error).</summary>
    private void CheckMoney()
    {
        foreach (var entry in ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is decimal amount && !MoneyStorage.IsStorable(amount))
                {
                    throw new MoneyPrecisionException(amount, $"{entry.Metadata.ClrType.Name}.{property.Metadata.Name}");
                }
            }
        }
    }

    private void PrefixTables(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && entity.BaseType is null && !entity.IsOwned())
            {
                entity.SetTableName($"{Schema}_{table}");
                entity.SetSchema(null);
            }
        }
    }
}
