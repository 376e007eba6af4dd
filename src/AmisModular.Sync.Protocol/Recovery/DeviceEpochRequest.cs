namespace AmisModular.Sync.Protocol.Recovery;

/// <summary>
/// POST /sync/v1/devices/epoch: after a server restore the device's lastSeq on the server went back, so its old seqs
/// would meet stored acks or leave gaps. The server gives the device a new epoch above both <see cref="CurrentEpoch"/>
/// and its own, whose seqs continue after <see cref="AfterSeq"/> (the highest seq the client has ever used), so no
/// (device, epoch, seq) key is ever used twice.
/// </summary>
public sealed record DeviceEpochRequest(int CurrentEpoch, long AfterSeq);
