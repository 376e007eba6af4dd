namespace AmisModular.Sync.Protocol.Recovery;

/// <summary>The device's new epoch; its next push starts at <see cref="LastSeq"/> + 1.</summary>
public sealed record DeviceEpochResponse(int Epoch, long LastSeq);
