using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Modularity.Licensing;

public static class LicensingServiceCollectionExtensions
{
    /// <summary>Registers <see cref="LicenceGate"/> as <see cref="ILicenceGate"/> (and as itself, for `amis licence show`) and <see cref="LicenceInstaller"/>.</summary>
    public static IServiceCollection AddLicensing(this IServiceCollection services, Action<LicensingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new LicensingOptions();
        configure(options);
        return services.AddLicensing(options);
    }

    /// <summary>Binds options from a configuration section (e.g. configuration.GetSection(LicensingOptions.SectionName)).</summary>
    public static IServiceCollection AddLicensing(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new LicensingOptions();
        section.Bind(options);
        return services.AddLicensing(options);
    }

    public static IServiceCollection AddLicensing(this IServiceCollection services, LicensingOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton(sp => new LicenceGate(options, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ILicenceGate>(sp => sp.GetRequiredService<LicenceGate>());
        services.AddSingleton(sp => new LicenceInstaller(options, sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
