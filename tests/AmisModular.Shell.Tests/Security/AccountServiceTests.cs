using AmisModular.Shell.Security;
using AmisModular.Shell.Security.Storage;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Shell.Tests.Security;

/// <summary>Against the shared store on a real SQLite file in a temp folder, migrated like the shell does.</summary>
public sealed class AccountServiceTests : IAsyncLifetime, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("amis-shell-users-").FullName;
    private ServiceProvider services = default!;

    private IShellUserStore Store => services.GetRequiredService<IShellUserStore>();

    private AccountService Accounts => services.GetRequiredService<AccountService>();

    public async Task InitializeAsync()
    {
        services = new ServiceCollection()
            .AddStore(store => (store.SqliteFile, store.Pooling) = (Path.Combine(folder, "amis.db"), false))
            .AddModuleStore<ShellDbContext, SqliteShellDbContext, SqlServerShellDbContext>("shell", ShellDbContext.SchemaName, order: 20)
            .AddSingleton<IShellUserStore, StoreShellUserStore>()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<AccountService>()
            .BuildServiceProvider();
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(null, CancellationToken.None);
        await ((StoreShellUserStore)Store).SeedRolesAsync();
    }

    public async Task DisposeAsync() => await services.DisposeAsync();

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task CreateUser_ThenVerify_RightPasswordOnly()
    {
        await Accounts.CreateUserAsync("ketoan1", "Nguyễn Văn A", "mat-khau-1", ShellRoles.Accountant);

        Assert.NotNull(await Accounts.VerifyAsync("KETOAN1", "mat-khau-1"));
        Assert.Null(await Accounts.VerifyAsync("ketoan1", "mat-khau-2"));
        Assert.Null(await Accounts.VerifyAsync("nobody", "mat-khau-1"));
        var stored = await Store.FindByUserNameAsync("ketoan1");
        Assert.DoesNotContain("mat-khau-1", stored!.PasswordHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateUser_SameNameOtherCase_Duplicate()
    {
        await Accounts.CreateUserAsync("admin", "A", "12345678", ShellRoles.Admin);

        await Assert.ThrowsAsync<DuplicateUserNameException>(() => Accounts.CreateUserAsync("Admin", "B", "12345678", ShellRoles.Viewer));
        Assert.Single(await Store.ListUsersAsync());
    }

    [Fact]
    public async Task CreateUser_ShortPassword_NamesTheField()
    {
        var e = await Assert.ThrowsAsync<AccountValidationException>(() => Accounts.CreateUserAsync("admin", "A", "1234", ShellRoles.Admin));

        Assert.Equal("Password", e.Field);
        Assert.Contains("Mật khẩu", e.Message, StringComparison.Ordinal);
        Assert.False(await Store.AnyUserAsync());
    }

    [Fact]
    public async Task CreateUser_UnknownRole_Refused()
    {
        await Assert.ThrowsAsync<UnknownRoleException>(() => Accounts.CreateUserAsync("x-user", "X", "12345678", "auditor"));
    }

    [Fact]
    public async Task VerifyAsync_DisabledUser_Null()
    {
        var user = await Accounts.CreateUserAsync("viewer1", "V", "12345678", ShellRoles.Viewer);
        await Store.UpdateUserAsync(user with { IsDisabled = true });

        Assert.Null(await Accounts.VerifyAsync("viewer1", "12345678"));
    }

    [Fact]
    public async Task CreatePrincipal_CarriesRolePermissionsFromStore()
    {
        var user = await Accounts.CreateUserAsync("chief", "C", "12345678", ShellRoles.ChiefAccountant);
        await Store.SetRolePermissionsAsync(ShellRoles.ChiefAccountant, ["cash.view", "periods.lock"]);

        var principal = await Accounts.CreatePrincipalAsync(user);

        Assert.True(principal.HasPermission("periods.lock"));
        Assert.False(principal.HasPermission("cash.post"));
        Assert.Equal("chief", principal.Identity!.Name);
    }
}
