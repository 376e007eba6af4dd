namespace AmisModular.SyncHost.Endpoint;

/// <summary>No sync host answers for this store: no discovery file, or nothing listens at its address.</summary>
public sealed class SyncHostNotRunningException(string message, Exception? inner = null) : Exception(message, inner);
