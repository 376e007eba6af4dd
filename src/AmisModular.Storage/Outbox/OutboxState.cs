namespace AmisModular.Storage.Outbox;

/// <summary>Where an outbox row is in its life: waiting to be pushed, acknowledged by the server, or parked.</summary>
public enum OutboxState
{
    Pending,
    Acked,

    /// <summary>Rejected or in conflict; kept with a reason until a person resolves it.</summary>
    Parked,
}
