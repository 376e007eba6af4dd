using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Shell.Security.Storage;

/// <summary><see cref="IShellUserStore"/> on the shared store (schema <c>shell</c>), migrated with every other module.</summary>
public sealed class StoreShellUserStore(IStore store) : IShellUserStore
{
    /// <summary>Adds the default roles to a store that has none; run after the store is migrated.</summary>
    public async Task SeedRolesAsync(CancellationToken cancellationToken = default)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<ShellDbContext>();
        if (await db.Roles.AnyAsync(cancellationToken))
        {
            return;
        }

        foreach (var role in ShellRoles.Defaults)
        {
            db.Roles.Add(new RoleRow { Name = role.Name, TitleVi = role.Title.Vi, TitleEn = role.Title.En });
            db.RolePermissions.AddRange(role.Permissions.Select(p => new RolePermissionRow { Role = role.Name, Permission = p }));
        }

        await unit.CommitAsync(cancellationToken);
    }

    public async Task<bool> AnyUserAsync(CancellationToken cancellationToken = default)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        return await unit.Context<ShellDbContext>().Users.AnyAsync(cancellationToken);
    }

    public async Task<ShellUser?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var normalized = Normalize(userName);
        var row = await unit.Context<ShellDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        return row is null ? null : ToUser(row);
    }

    public async Task<IReadOnlyList<ShellUser>> ListUsersAsync(CancellationToken cancellationToken = default)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var rows = await unit.Context<ShellDbContext>().Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync(cancellationToken);
        return rows.Select(ToUser).ToList();
    }

    public async Task CreateUserAsync(ShellUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<ShellDbContext>();
        await RequireRoleAsync(db, user.Role, cancellationToken);

        // The write unit holds the store's write lock, so this check and the insert cannot interleave with another writer.
        var normalized = Normalize(user.UserName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            throw new DuplicateUserNameException($"Tên đăng nhập '{user.UserName}' đã có / user name '{user.UserName}' is taken.");
        }

        db.Users.Add(ToRow(user, new UserRow()));
        await unit.CommitAsync(cancellationToken);
    }

    public async Task UpdateUserAsync(ShellUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<ShellDbContext>();
        await RequireRoleAsync(db, user.Role, cancellationToken);
        var row = await db.Users.FirstOrDefaultAsync(u => u.Id == user.Id, cancellationToken)
            ?? throw new UserNotFoundException($"Không có người dùng {user.Id} / no user {user.Id}.");
        ToRow(user, row);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ShellRole>> ListRolesAsync(CancellationToken cancellationToken = default)
    {
        await using var unit = await store.BeginReadAsync(cancellationToken);
        var db = unit.Context<ShellDbContext>();
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
        ArgumentNullException.ThrowIfNull(permissions);
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<ShellDbContext>();
        await RequireRoleAsync(db, role, cancellationToken);
        db.RolePermissions.RemoveRange(db.RolePermissions.Where(p => p.Role == role));
        db.RolePermissions.AddRange(permissions.Distinct().Select(p => new RolePermissionRow { Role = role, Permission = p }));
        await unit.CommitAsync(cancellationToken);
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
