namespace AmisModular.Sync.Protocol.Push;

/// <summary>The server's current document, returned with a conflict so the client can show both copies.</summary>
public sealed record ServerCopy(string Module, string DocumentType, int SchemaVersion, long Version, string Operation, string? Payload);
