namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>An answer <see cref="WireRecorder"/> gives instead of the cloud: a status (with Retry-After), or a hang.</summary>
public sealed record ScriptedAnswer(int Status, int? RetryAfterSeconds = null, TimeSpan? Hang = null);
