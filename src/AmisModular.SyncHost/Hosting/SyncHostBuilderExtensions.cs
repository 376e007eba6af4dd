using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
using AmisModular.SyncHost.Engine;
using AmisModular.SyncHost.Instance;
using AmisModular.SyncHost.Notifications;
using AmisModular.SyncHost.Tray;
using AmisModular.SyncHost.Tray.DBus;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AmisModular.SyncHost.Hosting;

/// <summary>The composition root of the sync host.</summary>
public static class SyncHostBuilderExtensions
{
    /// <summary>
    /// Registers the tray, notifications, control endpoint, the installation's store and (when <c>SyncHost:LoadModules</c>)
    /// the module host. When a cloud is known (<c>SyncHost:Sync:CloudUrl</c>, else the address saved by
    /// <c>amis-sync enroll</c>) the sync engine drives the host through <see cref="Engine.EngineSyncController"/>;
    /// without one the host runs <see cref="NoSyncEngineController"/>. A controller registered before this call wins.
    /// Register extra <see cref="ITrayPlatform"/>s (Win32) before or after.
    /// </summary>
    public static IHostApplicationBuilder AddSyncHost(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(SyncHostOptions.SectionName);
        var options = ReadOptions(builder.Configuration);
        var services = builder.Services;
        services.AddOptions<SyncHostOptions>().Bind(section);
        services.AddSingleton<IOptions<TrayOptions>>(sp => Options.Create(sp.GetRequiredService<IOptions<SyncHostOptions>>().Value.Tray));
        services.AddSingleton(new SyncHostFiles(options.StorePath!));
        services.TryAddSingleton(TimeProvider.System);
        var cloud = options.Sync.CloudUrl ?? CloudAddressFile.TryRead(options.StorePath!);
        SyncEngineComposition.AddInstallation(builder, options, options.LoadModules, syncs: cloud is not null);
        if (cloud is not null)
        {
            SyncEngineComposition.AddEngineController(services, cloud, options.Sync);
        }

        services.TryAddSingleton<ISyncController, NoSyncEngineController>();
        services.AddSingleton(sp => new NotificationCoalescer(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SyncHostOptions>>().Value.Notifications));
        services.AddSingleton(NoticeLedger.ForStore(options.StorePath!));
        services.AddSingleton<SyncNotificationPipeline>();
        services.AddSingleton<ITrayPlatform, DBusTrayPlatform>();
        services.AddSingleton<TraySelector>();
        services.AddSingleton<ShellLauncher>();
        services.AddSingleton<TrayCommandRouter>();
        services.AddSingleton<ControlEndpointService>();
        services.AddHostedService(sp => sp.GetRequiredService<ControlEndpointService>());
        services.AddSingleton<SyncHostWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<SyncHostWorker>());
        services.AddSystemd();
        services.AddWindowsService(o => o.ServiceName = "amis-sync");
        return builder;
    }

    /// <summary>The options as configured, with the default store path (<c>&lt;data&gt;/store/amis.db</c>) filled in.</summary>
    public static SyncHostOptions ReadOptions(IConfiguration configuration)
    {
        var options = new SyncHostOptions();
        configuration.GetSection(SyncHostOptions.SectionName).Bind(options);
        if (string.IsNullOrWhiteSpace(options.StorePath))
        {
            var paths = SyncEngineComposition.ResolvePaths(configuration, options.DataDirectory);
            options.StorePath = Path.Combine(paths.DataDirectory, "store", "amis.db");
        }

        return options;
    }
}
