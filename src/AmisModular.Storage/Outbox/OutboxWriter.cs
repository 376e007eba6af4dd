using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Storage.Json;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.Outbox;

/// <summary>
/// Adds outbox rows inside a unit of work. Seq is read as last+1 inside the unit's write transaction (SQLite:
/// BEGIN IMMEDIATE holds the write lock; the (device, seq) key rejects a racing writer on servers).
/// </summary>
public sealed class OutboxWriter
{
    private readonly OutboxDbContext context;
    private readonly Guid deviceId;
    private readonly TimeProvider clock;
    private long? lastSeq;

    internal OutboxWriter(OutboxDbContext context, Guid deviceId, TimeProvider clock)
    {
        this.context = context;
        this.deviceId = deviceId;
        this.clock = clock;
    }

    /// <summary>Queues the change; it is saved and committed with the unit of work, never alone.</summary>
    /// <param name="document">The document after the change, payload in (or convertible to) canonical JSON.</param>
    /// <param name="baseVersion">The version the change was made on (0 for a new document).</param>
    public async Task<OutboxMessage> AddAsync(
        SyncDocument document, long baseVersion, string? localNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        lastSeq ??= await context.Outbox.Where(m => m.DeviceId == deviceId)
            .MaxAsync(m => (long?)m.Seq, cancellationToken) ?? 0;
        lastSeq++;
        var payload = CanonicalJson.Canonicalize(document.PayloadJson);
        var message = new OutboxMessage
        {
            DeviceId = deviceId,
            Seq = lastSeq.Value,
            DocumentId = document.DocumentId,
            Module = document.ModuleId,
            SchemaVersion = document.SchemaVersion,
            DocumentType = document.DocumentType,
            Operation = document.Operation.ToString().ToLowerInvariant(),
            BaseVersion = baseVersion,
            LocalNumber = localNumber,
            Payload = payload,
            PayloadHash = CanonicalJson.Sha256Hex(payload),
            State = OutboxState.Pending,
            CreatedAt = clock.GetUtcNow(),
        };
        context.Outbox.Add(message);
        return message;
    }
}
