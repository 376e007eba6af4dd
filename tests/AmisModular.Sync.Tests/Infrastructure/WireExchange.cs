namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>One attempt as it crossed the wire (before decompression), seen by <see cref="WireRecorder"/>.</summary>
public sealed record WireExchange(
    DateTimeOffset At, string Method, string Path, string? Bearer, string? RequestEncoding, byte[]? RequestBody, int Status, string? ResponseEncoding,
    long ResponseBytes, bool Scripted);
