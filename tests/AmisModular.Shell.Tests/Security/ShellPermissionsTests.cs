using AmisModular.Shell.Security;

namespace AmisModular.Shell.Tests.Security;

public sealed class ShellPermissionsTests
{
    [Theory]
    [InlineData("*", "cash.post", true)]
    [InlineData("*.view", "cash.view", true)]
    [InlineData("*.view", "cash.post", false)]
    [InlineData("cash.*", "cash.post", true)]
    [InlineData("cash.*", "bank.post", false)]
    [InlineData("cash.view", "cash.view.extra", false)]
    [InlineData("periods.lock", "PERIODS.LOCK", true)]
    public void Matches_Pattern_Expected(string pattern, string permission, bool expected) =>
        Assert.Equal(expected, ShellPermissions.Matches(pattern, permission));

    [Fact]
    public void Grants_NoPermissionNeeded_True() => Assert.True(ShellPermissions.Grants([], null));

    [Fact]
    public void DefaultRoles_ChiefAccountantLocksPeriods_AccountantDoesNot()
    {
        var chief = ShellRoles.Defaults.Single(r => r.Name == ShellRoles.ChiefAccountant);
        var accountant = ShellRoles.Defaults.Single(r => r.Name == ShellRoles.Accountant);
        var viewer = ShellRoles.Defaults.Single(r => r.Name == ShellRoles.Viewer);

        Assert.True(ShellPermissions.Grants(chief.Permissions, ShellPermissions.PeriodsLock));
        Assert.False(ShellPermissions.Grants(accountant.Permissions, ShellPermissions.PeriodsLock));
        Assert.True(ShellPermissions.Grants(accountant.Permissions, "cash.post"));
        Assert.False(ShellPermissions.Grants(viewer.Permissions, "cash.create"));
        Assert.False(ShellPermissions.Grants(chief.Permissions, ShellPermissions.UsersManage));
    }
}
