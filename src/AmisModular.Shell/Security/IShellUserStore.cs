namespace AmisModular.Shell.Security;

/// <summary>
/// Port: where local users and roles live. <see cref="Storage.StoreShellUserStore"/> keeps them in the shared store
/// (schema <c>shell</c>; SQLite tables <c>shell_*</c>).
/// </summary>
public interface IShellUserStore
{
    Task<bool> AnyUserAsync(CancellationToken cancellationToken = default);

    /// <summary>Case-insensitive lookup; null when unknown.</summary>
    Task<ShellUser?> FindByUserNameAsync(string userName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ShellUser>> ListUsersAsync(CancellationToken cancellationToken = default);

    /// <exception cref="DuplicateUserNameException">The user name is taken (case-insensitive).</exception>
    Task CreateUserAsync(ShellUser user, CancellationToken cancellationToken = default);

    /// <exception cref="UserNotFoundException">No user with this id.</exception>
    Task UpdateUserAsync(ShellUser user, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ShellRole>> ListRolesAsync(CancellationToken cancellationToken = default);

    /// <exception cref="UnknownRoleException">No such role.</exception>
    Task SetRolePermissionsAsync(string role, IReadOnlyList<string> permissions, CancellationToken cancellationToken = default);
}
