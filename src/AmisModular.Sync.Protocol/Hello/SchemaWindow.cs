namespace AmisModular.Sync.Protocol.Hello;

/// <summary>The schema versions of a module the server accepts: older than Min needs an upgrade, newer than Max waits.</summary>
public sealed record SchemaWindow(int Min, int Max);
