using AmisModular.SyncHost.Tray;

namespace AmisModular.SyncHost.Notifications;

/// <summary>
/// Keeps notifications from storming: per channel at most one per interval; alerts arriving inside the interval
/// are merged (the latest total wins, occurrences are counted) and released when it ends; a repeat of what the
/// user was last told is dropped; a flap back to the last told state inside the interval is dropped too.
/// </summary>
public sealed class NotificationCoalescer(TimeProvider time, CoalescerOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<AlertChannel, ChannelState> _channels = [];

    /// <summary>Returns the notification to show now, or null when it is suppressed or held for later.</summary>
    public UserNotification? Offer(SyncAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        lock (_gate)
        {
            var state = StateOf(alert.Channel);
            if (alert == state.LastSent)
            {
                state.ClearPending();
                return null;
            }

            if (!IsRateLimited(alert.Channel, state))
            {
                return Send(state, alert, state.PendingOccurrences + 1);
            }

            state.Pending = alert;
            state.PendingOccurrences++;
            return null;
        }
    }

    /// <summary>Held notifications whose interval has ended; call it periodically.</summary>
    public IReadOnlyList<UserNotification> ReleaseDue()
    {
        var due = new List<UserNotification>();
        lock (_gate)
        {
            foreach (var (channel, state) in _channels)
            {
                if (state.Pending is { } pending && !IsRateLimited(channel, state))
                {
                    due.Add(Send(state, pending, state.PendingOccurrences));
                }
            }
        }

        return due;
    }

    /// <summary>The condition behind a channel is gone: the next alert on it is news again (still rate limited).</summary>
    public void Clear(AlertChannel channel)
    {
        lock (_gate)
        {
            var state = StateOf(channel);
            state.LastSent = null;
            state.ClearPending();
        }
    }

    private bool IsRateLimited(AlertChannel channel, ChannelState state) =>
        state.LastSentAt is { } at && time.GetUtcNow() - at < options.IntervalOf(channel);

    private UserNotification Send(ChannelState state, SyncAlert alert, int occurrences)
    {
        state.LastSent = alert;
        state.LastSentAt = time.GetUtcNow();
        state.ClearPending();
        return AlertTexts.Render(alert, occurrences);
    }

    private ChannelState StateOf(AlertChannel channel)
    {
        if (!_channels.TryGetValue(channel, out var state))
        {
            state = new ChannelState();
            _channels[channel] = state;
        }

        return state;
    }

    private sealed class ChannelState
    {
        public SyncAlert? LastSent { get; set; }

        public DateTimeOffset? LastSentAt { get; set; }

        public SyncAlert? Pending { get; set; }

        public int PendingOccurrences { get; set; }

        public void ClearPending()
        {
            Pending = null;
            PendingOccurrences = 0;
        }
    }
}
