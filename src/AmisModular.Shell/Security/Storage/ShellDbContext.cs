using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Security.Storage;

/// <summary>The shell's own tables (prefix <c>shell_</c>: SQLite has no schemas).</summary>
internal sealed class ShellDbContext(DbContextOptions<ShellDbContext> options) : DbContext(options)
{
    public DbSet<UserRow> Users => Set<UserRow>();

    public DbSet<RoleRow> Roles => Set<RoleRow>();

    public DbSet<RolePermissionRow> RolePermissions => Set<RolePermissionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserRow>(user =>
        {
            user.ToTable("shell_users");
            user.HasKey(u => u.Id);
            user.HasIndex(u => u.NormalizedUserName).IsUnique();
            user.Property(u => u.UserName).HasMaxLength(64);
            user.Property(u => u.NormalizedUserName).HasMaxLength(64);
        });
        modelBuilder.Entity<RoleRow>(role =>
        {
            role.ToTable("shell_roles");
            role.HasKey(r => r.Name);
        });
        modelBuilder.Entity<RolePermissionRow>(permission =>
        {
            permission.ToTable("shell_role_permissions");
            permission.HasKey(p => new { p.Role, p.Permission });
        });
    }
}
