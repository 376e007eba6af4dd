namespace AmisModular.Sync.Protocol.Errors;

/// <summary>The body of every non-2xx protocol answer.</summary>
/// <param name="Code">One of <see cref="SyncErrorCodes"/>.</param>
/// <param name="Expected">For <see cref="SyncErrorCodes.Gap"/>: the seq to resend from.</param>
/// <param name="Partition">For <see cref="SyncErrorCodes.PartitionRemoved"/>: the book id whose access was removed.</param>
/// <param name="Required">For <see cref="SyncErrorCodes.UpgradeRequired"/>: the oldest schema version accepted.</param>
public sealed record SyncErrorBody(string Code, string Message, long? Expected = null, int? Required = null, long? Seq = null, string? Partition = null);
