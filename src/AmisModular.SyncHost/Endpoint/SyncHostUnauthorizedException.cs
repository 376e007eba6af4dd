namespace AmisModular.SyncHost.Endpoint;

/// <summary>The sync host refused the secret (401): the secret file was replaced or belongs to another installation.</summary>
public sealed class SyncHostUnauthorizedException(string message) : Exception(message);
