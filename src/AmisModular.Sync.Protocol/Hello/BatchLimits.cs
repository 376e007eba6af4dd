namespace AmisModular.Sync.Protocol.Hello;

public sealed record BatchLimits(int Docs, long Bytes);
