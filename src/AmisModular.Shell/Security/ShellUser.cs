namespace AmisModular.Shell.Security;

/// <summary>A local user of this installation. <see cref="PasswordHash"/> comes from ASP.NET Core Identity's hasher.</summary>
public sealed record ShellUser(
    Guid Id,
    string UserName,
    string DisplayName,
    string PasswordHash,
    string Role,
    bool IsDisabled,
    DateTimeOffset CreatedAt);
