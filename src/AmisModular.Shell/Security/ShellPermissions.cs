using System.Security.Claims;

namespace AmisModular.Shell.Security;

/// <summary>
/// Permissions are "{module or area}.{action}" strings (cash.view, cash.post, periods.lock). A role grants
/// patterns where a segment may be "*". The signed-in user carries the granted patterns as claims.
/// </summary>
public static class ShellPermissions
{
    public const string ClaimType = "amis:perm";
    public const string DisplayNameClaimType = "amis:display-name";

    public const string ModulesView = "modules.view";
    public const string LicenceView = "licence.view";
    public const string LicenceManage = "licence.manage";
    public const string ProfileView = "profile.view";
    public const string UsersManage = "users.manage";
    public const string PeriodsView = "periods.view";
    public const string PeriodsLock = "periods.lock";

    /// <summary>See sync conflicts and refused changes.</summary>
    public const string SyncView = "sync.view";

    /// <summary>Settle them: keep a version, discard a change (it changes this device's documents and ledger).</summary>
    public const string SyncResolve = "sync.resolve";

    /// <summary>True when <paramref name="permission"/> is empty (open to every signed-in user) or a pattern grants it.</summary>
    public static bool Grants(IEnumerable<string> patterns, string? permission) =>
        string.IsNullOrEmpty(permission) || patterns.Any(p => Matches(p, permission));

    public static bool HasPermission(this ClaimsPrincipal user, string? permission) =>
        user.Identity?.IsAuthenticated == true
        && Grants(user.FindAll(ClaimType).Select(c => c.Value), permission);

    public static bool Matches(string pattern, string permission)
    {
        if (pattern == "*")
        {
            return true;
        }

        var wanted = permission.Split('.');
        var granted = pattern.Split('.');
        return wanted.Length == granted.Length
            && granted.Zip(wanted).All(p => p.First == "*" || string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase));
    }
}
