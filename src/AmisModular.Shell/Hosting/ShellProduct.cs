using AmisModular.Ledger;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Lifecycle;
using AmisModular.Modularity.Profiles;
using AmisModular.Shell.Administration;
using AmisModular.Shell.Companies;
using AmisModular.Shell.Modules;
using AmisModular.Shell.Security;
using AmisModular.Shell.Security.Storage;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Storage.Migrating;
using AmisModular.Sync;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AmisModular.Shell.Hosting;

/// <summary>
/// Wires the shell's ports to the real parts, the same way the `amis` CLI opens an installation: paths and trust from
/// <see cref="InstallationPaths"/> / <see cref="InstallationOptions"/>, the licence and profile gates, the module host
/// (discovery and module ConfigureServices run here, before the app is built), the shared store and the ledger.
/// </summary>
public static class ShellProduct
{
    public const string ShellStoreModuleId = "shell";

    /// <returns>The module manager; its Active modules' assemblies are registered as <see cref="IModuleAssemblies"/>.</returns>
    public static ModuleManager Add(WebApplicationBuilder builder, ShellStartOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var paths = InstallationPaths.Resolve(new InstallationPathsRequest
        {
            DataDirectoryOption = options.DataDirectory,
            Configuration = builder.Configuration,
            ApplicationBaseDirectory = AppContext.BaseDirectory,
        });
        var installation = InstallationOptions.Create(builder.Configuration, paths, builder.Environment.IsDevelopment());
        var services = builder.Services;
        services.AddSingleton(installation);
        services.AddSingleton(paths);
        services.AddLicensing(installation.Licensing);
        services.AddDepartmentProfiles(installation.Profiles);

        AddStore(services, builder.Configuration, paths);
        var manager = builder.AddModularity(modularity => installation.Modularity.CopyInstallationSettingsTo(modularity));
        services.AddSingleton<IModuleAssemblies>(HostModuleAssemblies.From(manager));
        services.AddSingleton<IModuleDirectory, HostModuleDirectory>();

        services.AddSingleton<LedgerCompanyContext>();
        services.AddSingleton<ICompanyContext>(sp => sp.GetRequiredService<LedgerCompanyContext>());
        services.AddSingleton<IPeriodLockService, LedgerPeriodLockService>();
        services.AddSingleton<ILicenceStore, HostLicenceStore>();
        services.AddSingleton<IDepartmentProfileSource, HostDepartmentProfileSource>();
        return manager;
    }

    /// <summary>Migrates core, outbox, shell and every module store (in the host's dependency order), then reads the companies.</summary>
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var order = services.GetRequiredService<ModuleManager>().ActiveModules.Select(m => m.Descriptor.Id).ToList();
        await services.GetRequiredService<StoreMigrator>().MigrateAsync(order, cancellationToken);
        if (services.GetRequiredService<IShellUserStore>() is StoreShellUserStore users)
        {
            await users.SeedRolesAsync(cancellationToken);
        }

        await services.GetRequiredService<LedgerCompanyContext>().LoadAsync(cancellationToken);
    }

    private static void AddStore(IServiceCollection services, ConfigurationManager configuration, InstallationPaths paths)
    {
        services.AddStore(store =>
        {
            configuration.GetSection("Store").Bind(store);
            store.SqliteFile ??= Path.Combine(paths.DataDirectory, "store", "amis.db");
            if (store.DeviceId == Guid.Empty)
            {
                store.DeviceId = DeviceIdentity.LoadOrCreate(paths.DataDirectory);
            }
        });
        services.AddLedger();
        services.AddModuleStore<ShellDbContext, SqliteShellDbContext, SqlServerShellDbContext>(ShellStoreModuleId, ShellDbContext.SchemaName, order: 20);
        services.AddSingleton<IShellUserStore, StoreShellUserStore>();
        // Conflicts and refused changes are settled here, in the store the sync host shares (SyncReview says why).
        services.AddSyncReview();
    }
}
