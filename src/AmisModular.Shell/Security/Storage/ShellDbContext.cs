using AmisModular.Storage.Contexts;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Security.Storage;

/// <summary>
/// The shell's own storage in the shared store, schema <c>shell</c> (SQLite: tables <c>shell_*</c>): local users,
/// roles and role permissions. One sealed subclass per provider carries its own migrations.
/// </summary>
public abstract class ShellDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string SchemaName = "shell";

    public override string Schema => SchemaName;

    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<RoleRow> Roles => Set<RoleRow>();

    public DbSet<RolePermissionRow> RolePermissions => Set<RolePermissionRow>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<UserRow>(user =>
        {
            user.ToTable("users");
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.Property(u => u.UserName).HasMaxLength(64);
            user.Property(u => u.NormalizedUserName).HasMaxLength(64);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PasswordHash).HasMaxLength(400);
            user.Property(u => u.Role).HasMaxLength(64);
        });
        modelBuilder.Entity<RoleRow>(role =>
        {
            role.ToTable("roles");
            role.HasKey(r => r.Name);
            role.Property(r => r.Name).HasMaxLength(64);
            role.Property(r => r.TitleVi).HasMaxLength(200);
            role.Property(r => r.TitleEn).HasMaxLength(200);
        });
        modelBuilder.Entity<RolePermissionRow>(permission =>
        {
            permission.ToTable("role_permissions");
            permission.HasKey(p => new { p.Role, p.Permission });
            permission.Property(p => p.Role).HasMaxLength(64);
            permission.Property(p => p.Permission).HasMaxLength(128);
        });
    }
}
