using AmisModular.Modularity.Abstractions.Events;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.TestModules.EventPublisherModule;

/// <summary>Publishes a <see cref="PingEvent"/> when it initializes.</summary>
public sealed class EventPublisherModule : ModuleBase
{
    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<IEventAggregator>().PublishAsync(new PingEvent("publisher", "hello"), cancellationToken);
}
