namespace AmisModular.Modularity.Events;

/// <summary>One handler for one event type; disposing it unsubscribes.</summary>
internal sealed class EventSubscription(EventAggregator owner, Type eventType, Func<object, CancellationToken, Task> handler)
    : IDisposable
{
    private int _disposed;

    public Type EventType { get; } = eventType;

    public Task Invoke(object message, CancellationToken cancellationToken) => handler(message, cancellationToken);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            owner.Unsubscribe(this);
        }
    }
}
