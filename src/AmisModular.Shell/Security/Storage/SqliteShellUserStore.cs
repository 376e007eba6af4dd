using AmisModular.Modularity.Abstractions.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Security.Storage;

/// <summary>In-shell <see cref="IShellUserStore"/> over a SQLite file in the data folder.</summary>
internal sealed class SqliteShellUserStore(IDbContextFactory<ShellDbContext> contexts) : IShellUserStore
{
    /// <summary>Creates the tables and the default roles on a new file; leaves an existing file as it is.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
        if (await db.Roles.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var role in ShellRoles.Defaults)
        {
            db.Roles.Add(new RoleRow { Name = role.Name, TitleVi = role.Title.Vi, TitleEn = role.Title.En });
            db.RolePermissions.AddRange(role.Permissions.Select(p => new RolePermissionRow { Role = role.Name, Permission = p }));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AnyAsync(cancellationToken);
    }

    public async Task<ShellUser?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = Normalize(userName);
        var row = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return row is null ? null : ToUser(row);
    }

    public async Task<IReadOnlyList<ShellUser>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        return rows.Select(ToUser).ToList();
    }

    public async Task CreateUserAsync(ShellUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireRoleAsync(db, user.Role, cancellationToken);
        db.Users.Add(ToRow(user, new UserRow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            throw new DuplicateUserNameException($"Tên đăng nhập '{user.UserName}' đã có / user name '{user.UserName}' is taken.", e);
        }
    }

    public async Task UpdateUserAsync(ShellUser user, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireRoleAsync(db, user.Role, cancellationToken);
        var row = await db.Users.FirstOrDefaultAsync(u => u.Id == user.Id, cancellationToken)
            ?? throw new UserNotFoundException($"Không có người dùng {user.Id} / no user {user.Id}.");
        ToRow(user, row);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShellRole>> ListRolesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var permissions = await db.RolePermissions.AsNoTracking().ToListAsync(cancellationToken);
        var order = ShellRoles.Defaults.Select(r => r.Name).ToList();
        return roles
            .OrderBy(r => order.IndexOf(r.Name) is var i && i < 0 ? int.MaxValue : i)
            .Select(r => new ShellRole(
                r.Name,
                new LocalizedText(r.TitleVi, r.TitleEn),
                permissions.Where(p => p.Role == r.Name).Select(p => p.Permission).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public async Task SetRolePermissionsAsync(string role, IReadOnlyList<string> permissions, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await RequireRoleAsync(db, role, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.RolePermissions.RemoveRange(db.RolePermissions.Where(p => p.Role == role));
        db.RolePermissions.AddRange(permissions.Distinct().Select(p => new RolePermissionRow { Role = role, Permission = p }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task RequireRoleAsync(ShellDbContext db, string role, CancellationToken cancellationToken)
    {
        if (!await db.Roles.AnyAsync(r => r.Name == role, cancellationToken))
        {
            throw new UnknownRoleException($"Không có vai trò '{role}' / no role '{role}'.");
        }
    }

    private static string Normalize(string userName) => userName.Trim().ToUpperInvariant();

    private static ShellUser ToUser(UserRow row) =>
        new(row.Id, row.UserName, row.DisplayName, row.PasswordHash, row.Role, row.IsDisabled, row.CreatedAt);

    private static UserRow ToRow(ShellUser user, UserRow row)
    {
        row.Id = user.Id;
        row.UserName = user.UserName.Trim();
        row.NormalizedUserName = Normalize(user.UserName);
        row.DisplayName = user.DisplayName;
        row.PasswordHash = user.PasswordHash;
        row.Role = user.Role;
        row.IsDisabled = user.IsDisabled;
        row.CreatedAt = user.CreatedAt;
        return row;
    }
}
