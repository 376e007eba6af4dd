using AmisModular.Modularity.Hosting;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Profiles;
using AmisModular.SyncHost.Control;
using AmisModular.SyncHost.Endpoint;
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
    /// Registers the tray, notifications, control endpoint and (when <c>SyncHost:LoadModules</c>) the module host.
    /// Register the sync engine's <see cref="ISyncController"/> before calling this; without one the host runs
    /// <see cref="NoSyncEngineController"/>. Register extra <see cref="ITrayPlatform"/>s (Win32) before or after.
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
        services.TryAddSingleton<ISyncController, NoSyncEngineController>();
        services.AddSingleton(sp => new NotificationCoalescer(
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<SyncHostOptions>>().Value.Notifications));
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
        if (options.LoadModules)
        {
            AddHeadlessModules(builder);
        }

        return builder;
    }

    /// <summary>The options as configured, with the default store path filled in.</summary>
    public static SyncHostOptions ReadOptions(IConfiguration configuration)
    {
        var options = new SyncHostOptions();
        configuration.GetSection(SyncHostOptions.SectionName).Bind(options);
        options.StorePath = string.IsNullOrWhiteSpace(options.StorePath) ? SyncHostFiles.DefaultStorePath : options.StorePath;
        return options;
    }

    /// <summary>
    /// The installed modules, loaded without UI, so their sync adapters (ISyncAdapter) are in the container for
    /// the sync engine. Licences and department profiles gate them exactly as in the shell; no modules is fine.
    /// </summary>
    private static void AddHeadlessModules(IHostApplicationBuilder builder)
    {
        var licensing = builder.Configuration.GetSection(LicensingOptions.SectionName);
        if (licensing.Exists())
        {
            builder.Services.AddLicensing(licensing);
        }

        var profiles = builder.Configuration.GetSection(DepartmentProfileOptions.SectionName);
        if (profiles.Exists())
        {
            builder.Services.AddDepartmentProfiles(profiles);
        }

        builder.AddModularity();
    }
}
