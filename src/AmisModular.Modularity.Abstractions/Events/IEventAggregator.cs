namespace AmisModular.Modularity.Abstractions.Events;

/// <summary>
/// Carries messages between modules that must not reference each other. Event types live in shared contract
/// assemblies (this SDK or the core), never in a module, so every load context sees the same type.
/// </summary>
public interface IEventAggregator
{
    Task PublishAsync<TEvent>(TEvent message, CancellationToken cancellationToken = default)
        where TEvent : notnull;

    /// <summary>Subscribes a handler; dispose the result to unsubscribe.</summary>
    IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : notnull;
}
