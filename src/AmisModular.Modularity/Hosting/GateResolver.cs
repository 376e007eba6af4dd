using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modularity.Hosting;

/// <summary>
/// Finds a gate registered before <c>AddModularity</c>: modules are gated before the container exists, so a gate
/// registered by type or factory is built from a temporary provider over the registrations made so far.
/// </summary>
internal static class GateResolver
{
    public static T? Find<T>(IServiceCollection services)
        where T : class
    {
        var descriptor = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService);
        if (descriptor is null)
        {
            return null;
        }

        if (descriptor.ImplementationInstance is T instance)
        {
            return instance;
        }

        IServiceCollection copy = new ServiceCollection();
        foreach (var registration in services)
        {
            copy.Add(registration);
        }

        // Not disposed: that would dispose the gate we hand out.
        return copy.BuildServiceProvider().GetRequiredService<T>();
    }
}
