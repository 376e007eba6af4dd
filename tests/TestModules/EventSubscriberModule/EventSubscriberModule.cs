using AmisModular.Modularity.Abstractions.Events;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.TestContracts;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.TestModules.EventSubscriberModule;

/// <summary>Subscribes to <see cref="PingEvent"/> and writes what it receives to the <see cref="ProbeLog"/>.</summary>
public sealed class EventSubscriberModule : ModuleBase
{
    private IDisposable? _subscription;

    public override Task InitializeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var log = services.GetRequiredService<ProbeLog>();
        _subscription = services.GetRequiredService<IEventAggregator>().Subscribe<PingEvent>((ping, _) =>
        {
            log.Add($"subscriber received '{ping.Text}' from {ping.From}");
            return Task.CompletedTask;
        });
        return Task.CompletedTask;
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
