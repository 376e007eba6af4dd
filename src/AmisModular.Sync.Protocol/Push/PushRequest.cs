namespace AmisModular.Sync.Protocol.Push;

/// <summary>
/// POST /sync/v1/push: contiguous, ordered outbox rows of one device. <see cref="DeviceId"/> and
/// <see cref="BookId"/> are checked against the credential, never trusted.
/// </summary>
public sealed record PushRequest(Guid DeviceId, int Epoch, Guid? BookId, IReadOnlyList<Mutation> Mutations);
