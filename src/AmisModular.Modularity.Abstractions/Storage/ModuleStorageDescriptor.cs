namespace AmisModular.Modularity.Abstractions.Storage;

/// <summary>
/// The storage a module owns: its schema (SQL Server, PostgreSQL) or table prefix (SQLite, which has no schemas),
/// its EF Core context and its migrations history table. Registered as a singleton service; the host migrates every
/// Active module's storage at start-up, in module dependency order.
/// </summary>
/// <param name="Schema">e.g. <c>cash</c>; on SQLite tables are named <c>cash_*</c>.</param>
/// <param name="DbContextType">The module's DbContext type.</param>
public sealed record ModuleStorageDescriptor(string ModuleId, string Schema, Type DbContextType)
{
    /// <summary>Each module keeps its own history table so modules migrate independently.</summary>
    public string MigrationsHistoryTable => $"{Schema}_migrations_history";
}
