using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace AmisModular.Shell.Security;

/// <summary>Creates users, checks passwords and builds the signed-in principal (with its permission claims).</summary>
public sealed partial class AccountService(IShellUserStore store, TimeProvider clock)
{
    public const int MinimumPasswordLength = 8;
    private readonly PasswordHasher<ShellUser> hasher = new();

    /// <exception cref="AccountValidationException">A field breaks a rule.</exception>
    /// <exception cref="DuplicateUserNameException">The user name is taken.</exception>
    public async Task<ShellUser> CreateUserAsync(string userName, string displayName, string password, string role, CancellationToken cancellationToken = default)
    {
        userName = (userName ?? string.Empty).Trim();
        if (!UserNamePattern().IsMatch(userName))
        {
            throw new AccountValidationException("UserName", "Tên đăng nhập gồm 3–32 ký tự: chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới / User name: 3–32 letters, digits, '.', '-' or '_'.");
        }

        ValidatePassword(password);
        var user = new ShellUser(Guid.NewGuid(), userName, string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim(), string.Empty, role, false, clock.GetUtcNow());
        user = user with { PasswordHash = hasher.HashPassword(user, password) };
        await store.CreateUserAsync(user, cancellationToken);
        return user;
    }

    public async Task SetPasswordAsync(ShellUser user, string password, CancellationToken cancellationToken = default)
    {
        ValidatePassword(password);
        await store.UpdateUserAsync(user with { PasswordHash = hasher.HashPassword(user, password) }, cancellationToken);
    }

    /// <summary>The user when the name and password match an enabled user; null otherwise (never says which part was wrong).</summary>
    public async Task<ShellUser?> VerifyAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = await store.FindByUserNameAsync(userName, cancellationToken);
        if (user is null || user.IsDisabled)
        {
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await store.UpdateUserAsync(user with { PasswordHash = hasher.HashPassword(user, password) }, cancellationToken);
        }

        return result == PasswordVerificationResult.Failed ? null : user;
    }

    public async Task<ClaimsPrincipal> CreatePrincipalAsync(ShellUser user, CancellationToken cancellationToken = default)
    {
        var roles = await store.ListRolesAsync(cancellationToken);
        var permissions = roles.FirstOrDefault(r => r.Name == user.Role)?.Permissions ?? [];
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, user.Id.ToString()),
            new(ClaimTypes.Name, user.UserName),
            new(ClaimTypes.Role, user.Role),
            new(ShellPermissions.DisplayNameClaimType, user.DisplayName),
        };
        claims.AddRange(permissions.Select(p => new Claim(ShellPermissions.ClaimType, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static void ValidatePassword(string password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinimumPasswordLength)
        {
            throw new AccountValidationException("Password", $"Mật khẩu phải có ít nhất {MinimumPasswordLength} ký tự / Password must have at least {MinimumPasswordLength} characters.");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,32}$")]
    private static partial Regex UserNamePattern();
}
