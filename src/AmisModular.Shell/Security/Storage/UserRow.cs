namespace AmisModular.Shell.Security.Storage;

public sealed class UserRow
{
    public Guid Id { get; set; }

    public string UserName { get; set; } = string.Empty;

    /// <summary>Upper-invariant user name: the unique key, so "Admin" and "admin" are one user.</summary>
    public string NormalizedUserName { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string PasswordHash { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
