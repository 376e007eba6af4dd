using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modularity.Profiles;

public static class DepartmentProfileServiceCollectionExtensions
{
    /// <summary>Registers <see cref="DepartmentProfileGate"/> as <see cref="IDepartmentProfileGate"/> and as itself (for `amis profile show`).</summary>
    public static IServiceCollection AddDepartmentProfiles(this IServiceCollection services, Action<DepartmentProfileOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new DepartmentProfileOptions();
        configure(options);
        return services.AddDepartmentProfiles(options);
    }

    /// <summary>Binds options from a configuration section (e.g. configuration.GetSection(DepartmentProfileOptions.SectionName)).</summary>
    public static IServiceCollection AddDepartmentProfiles(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new DepartmentProfileOptions();
        section.Bind(options);
        return services.AddDepartmentProfiles(options);
    }

    public static IServiceCollection AddDepartmentProfiles(this IServiceCollection services, DepartmentProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(new DepartmentProfileGate(options));
        services.AddSingleton<IDepartmentProfileGate>(sp => sp.GetRequiredService<DepartmentProfileGate>());
        return services;
    }
}
