using System.Collections.Immutable;
using AmisModular.Modularity.Abstractions.Events;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AmisModular.Modularity.Events;

/// <summary>
/// Delivers each published event to the subscribers of exactly its type, one after another. A subscriber that throws
/// is logged and skipped: one broken module must not deafen the others.
/// </summary>
public sealed class EventAggregator(ILogger<EventAggregator>? logger = null) : IEventAggregator
{
    private readonly ILogger _logger = (ILogger?)logger ?? NullLogger.Instance;
    private readonly Lock _gate = new();
    private ImmutableDictionary<Type, ImmutableList<EventSubscription>> _subscriptions =
        ImmutableDictionary<Type, ImmutableList<EventSubscription>>.Empty;

    public async Task PublishAsync<TEvent>(TEvent message, CancellationToken cancellationToken = default)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(message);
        // A snapshot: handlers may subscribe or unsubscribe while we deliver.
        if (!Volatile.Read(ref _subscriptions).TryGetValue(typeof(TEvent), out var handlers))
        {
            return;
        }

        foreach (var subscription in handlers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await subscription.Invoke(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                _logger.LogError(ex, "A subscriber to {EventType} threw; the other subscribers still receive it", typeof(TEvent).FullName);
            }
        }
    }

    public IDisposable Subscribe<TEvent>(Func<TEvent, CancellationToken, Task> handler)
        where TEvent : notnull
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new EventSubscription(this, typeof(TEvent), (message, token) => handler((TEvent)message, token));
        lock (_gate)
        {
            var list = _subscriptions.GetValueOrDefault(typeof(TEvent)) ?? [];
            _subscriptions = _subscriptions.SetItem(typeof(TEvent), list.Add(subscription));
        }

        return subscription;
    }

    internal void Unsubscribe(EventSubscription subscription)
    {
        lock (_gate)
        {
            if (_subscriptions.TryGetValue(subscription.EventType, out var list))
            {
                _subscriptions = _subscriptions.SetItem(subscription.EventType, list.Remove(subscription));
            }
        }
    }
}
