using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Shell.Localization;
using AmisModular.Shell.Modules;
using AmisModular.Shell.Security;

namespace AmisModular.Shell.Hosting;

/// <summary>The shell's own menu entries (module id "shell"): the dashboard and the administration pages.</summary>
public static class ShellNavigation
{
    private const string Shell = ConfiguredModuleDirectory.ShellModuleId;
    private const string Admin = "shell.admin";

    public static IReadOnlyList<NavigationEntry> Entries { get; } =
    [
        new(Shell, "shell.home", ShellText.Home, string.Empty, Icon: "home", Order: -1000),
        new(Shell, Admin, ShellText.Administration, "admin", Icon: "settings", Order: 10000),
        new(Shell, "shell.admin.modules", ShellText.Modules, "admin/modules", Icon: "extension", Order: 1, Permission: ShellPermissions.ModulesView, ParentKey: Admin),
        new(Shell, "shell.admin.licence", ShellText.Licence, "admin/licence", Icon: "verified", Order: 2, Permission: ShellPermissions.LicenceView, ParentKey: Admin),
        new(Shell, "shell.admin.profile", ShellText.DepartmentProfile, "admin/profile", Icon: "apartment", Order: 3, Permission: ShellPermissions.ProfileView, ParentKey: Admin),
        new(Shell, "shell.admin.users", ShellText.UsersAndRoles, "admin/users", Icon: "group", Order: 4, Permission: ShellPermissions.UsersManage, ParentKey: Admin),
        new(Shell, "shell.admin.periods", ShellText.PeriodLock, "admin/periods", Icon: "lock", Order: 5, Permission: ShellPermissions.PeriodsView, ParentKey: Admin),
        new(Shell, "shell.settings", ShellText.Settings, "settings", Icon: "tune", Order: 6, ParentKey: Admin),
        new(Shell, "shell.admin.sync-review", ShellText.SyncReview, "admin/sync-review", Icon: "sync_problem", Order: 7, Permission: ShellPermissions.SyncView, ParentKey: Admin),
    ];
}
