using AmisModular.Ledger;
using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Sync;
using AmisModular.Sync.Engine;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Enrollment;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AmisModular.SyncHost.Hosting;

/// <summary>
/// The installation the host syncs, opened like the shell and the CLI open it: paths and trust from
/// <see cref="InstallationPaths"/>/<see cref="InstallationOptions"/>, the shared store with this device's id, the ledger
/// core (its sync adapter) and the Active modules loaded headless (their sync adapters), then the sync engine.
/// </summary>
public static class SyncEngineComposition
{
    /// <summary>The data folder: SyncHost:DataDirectory, else AMIS_DATA_DIR, else the OS default.</summary>
    public static InstallationPaths ResolvePaths(IConfiguration configuration, string? dataDirectory) =>
        InstallationPaths.Resolve(new InstallationPathsRequest { DataDirectoryOption = dataDirectory, Configuration = configuration });

    /// <summary>The store, the ledger and (when <paramref name="loadModules"/>) the licensed modules.</summary>
    /// <param name="syncs">True when this process syncs: the device id is read (or made) in the data folder only then.</param>
    public static void AddInstallation(IHostApplicationBuilder builder, SyncHostOptions options, bool loadModules, bool syncs)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var paths = ResolvePaths(builder.Configuration, options.DataDirectory);
        var services = builder.Services;
        services.AddStore(store =>
        {
            builder.Configuration.GetSection("Store").Bind(store);
            store.SqliteFile = options.StorePath;
            if (store.DeviceId == Guid.Empty && syncs)
            {
                store.DeviceId = DeviceIdentity.LoadOrCreate(paths.DataDirectory);
            }
        });
        services.AddLedger();
        if (loadModules)
        {
            var installation = InstallationOptions.Create(builder.Configuration, paths, builder.Environment.IsDevelopment());
            services.AddSingleton(installation);
            services.AddLicensing(installation.Licensing);
            services.AddDepartmentProfiles(installation.Profiles);
            builder.AddModularity(modularity => installation.Modularity.CopyInstallationSettingsTo(modularity));
        }
    }

    /// <summary>The engine (AddSyncEngine) and its port, pointed at <paramref name="cloud"/>.</summary>
    public static void AddEngine(IServiceCollection services, Uri cloud, EngineSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSyncEngine(engine =>
        {
            engine.CloudAddress = cloud;
            engine.MaxRetryAttempts = options.MaxRetryAttempts;
            engine.RetryBaseDelay = options.RetryBaseDelay;
            engine.MaxRetryDelay = options.MaxRetryDelay;
            engine.AttemptTimeout = options.AttemptTimeout;
        });
        services.AddSingleton<ISyncEnginePort, SyncEnginePort>();

        // Enrolling adopts the tenant's company in the ledger (created in an empty store), in the credential's transaction.
        services.TryAddSingleton<IEnrollmentJoin, LedgerEnrollmentJoin>();
    }

    /// <summary>
    /// <see cref="EngineSyncController"/> as the host's <see cref="ISyncController"/>, with its automatic loops, unless
    /// a controller was registered already (tests, another engine).
    /// </summary>
    public static void AddEngineController(IServiceCollection services, Uri cloud, EngineSyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ISyncController)))
        {
            return;
        }

        AddEngine(services, cloud, options);
        services.AddSingleton(options);
        services.TryAddSingleton<INetworkMonitor, SystemNetworkMonitor>();
        services.AddSingleton<EngineSyncController>();
        services.AddSingleton<ISyncController>(sp => sp.GetRequiredService<EngineSyncController>());
        services.AddHostedService<EngineSyncService>();
    }
}
