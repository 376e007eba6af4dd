using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Security;

/// <summary>The local roles and the permissions they start with (kept as data in the user store, editable).</summary>
public static class ShellRoles
{
    public const string Admin = "admin";
    public const string ChiefAccountant = "chief-accountant";
    public const string Accountant = "accountant";
    public const string Viewer = "viewer";

    public static IReadOnlyList<ShellRole> Defaults { get; } =
    [
        new(Admin, new LocalizedText("Quản trị hệ thống", "Administrator"), ["*"]),
        new(ChiefAccountant, new LocalizedText("Kế toán trưởng", "Chief accountant"),
            ["*.view", "*.create", "*.post", "periods.lock", "licence.manage", "sync.resolve"]),
        new(Accountant, new LocalizedText("Kế toán", "Accountant"), ["*.view", "*.create", "*.post"]),
        new(Viewer, new LocalizedText("Người xem", "Viewer"), ["*.view"]),
    ];
}
