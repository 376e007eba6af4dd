using AmisModular.Cloud.Data;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// The state one push request reads and changes, held in memory: every document the request names (null while not on
/// the server), the referenced documents outside the request that exist, the holders of the request's numbers and the
/// stored acks of its resent seqs, all read up front (<see cref="PushBatchLoader"/>). Mutations apply here in seq
/// order, each seeing what the earlier ones of the request changed, exactly as if each had been written and read back;
/// the writes collect here and go to the database once (<see cref="PushBatchWriter"/>).
/// </summary>
public sealed class PushBatch(Device device, CloudBook book, PushBatchSnapshot snapshot, TimeProvider clock)
{
    private readonly Dictionary<Guid, CloudDocument?> documents = snapshot.Documents;

    public Device Device => device;

    public CloudBook Book => book;

    /// <summary>Documents on the server before the request (their journal lines are replaced when written).</summary>
    public IReadOnlySet<Guid> Existing { get; } = snapshot.Documents.Where(d => d.Value is not null).Select(d => d.Key).ToHashSet();

    public List<CloudDocument> Created { get; } = [];

    public List<ChangeLogEntry> Changes { get; } = [];

    /// <summary>The journal of every document written, as its last write left it (empty when not posted).</summary>
    public Dictionary<Guid, List<CloudJournalLine>> Journals { get; } = [];

    public List<StoredAck> NewAcks { get; } = [];

    /// <summary>The stored ack of (device, epoch, seq): one read before the request or one this request added.</summary>
    public StoredAck? StoredAck(long seq) => snapshot.Acks.GetValueOrDefault(seq);

    public void Store(Mutation m, MutationAck ack)
    {
        ArgumentNullException.ThrowIfNull(m);
        var stored = new StoredAck
        {
            DeviceId = device.Id, Epoch = device.Epoch, Seq = m.Seq, PayloadHash = m.PayloadHash, Status = ack.Status.ToString(), AckJson = PushAcks.Json(ack),
        };
        snapshot.Acks[m.Seq] = stored;
        NewAcks.Add(stored);
    }

    /// <summary>Refusal, deferral, missing reference, version, number collision; else the write.</summary>
    public MutationAck Apply(CheckedMutation checkedMutation)
    {
        ArgumentNullException.ThrowIfNull(checkedMutation);
        checkedMutation.Failure?.Throw();
        var m = checkedMutation.Mutation;
        if (checkedMutation.Refusal is { } refusal)
        {
            return PushAcks.Rejected(m, refusal);
        }

        if (checkedMutation.Deferral is { } deferral)
        {
            return PushAcks.Deferred(m, deferral);
        }

        // Seq order makes a reference created earlier (this batch or a previous one) visible here; a reference that
        // is still missing is refused whole, so no document ever points at nothing.
        if (MissingReference(checkedMutation.Facts) is { } missing)
        {
            return PushAcks.MissingReference(m, missing);
        }

        var document = documents.GetValueOrDefault(m.DocumentId);
        if (VersionCheck.Refusal(document, m) is { } versionAck)
        {
            return versionAck;
        }

        return checkedMutation.Facts.Number is { } number && snapshot.Numbers.TakenByOther(m.DocumentType, number, m.DocumentId)
            ? PushAcks.NumberCollision(m, number)
            : Write(document, m, checkedMutation.Facts);
    }

    private Guid? MissingReference(DocumentFacts facts)
    {
        foreach (var reference in facts.References ?? [])
        {
            if (!Exists(reference))
            {
                return reference;
            }
        }

        return null;
    }

    private bool Exists(Guid reference) =>
        documents.TryGetValue(reference, out var document) ? document is { Removed: false } : snapshot.ExistingReferences.Contains(reference);

    private MutationAck Write(CloudDocument? document, Mutation m, DocumentFacts facts)
    {
        var now = clock.GetUtcNow();
        if (document is null)
        {
            documents[m.DocumentId] = document = new CloudDocument { BookId = book.Id, DocumentId = m.DocumentId };
            Created.Add(document);
        }

        snapshot.Numbers.Remove(document);
        var removes = MutationOperations.Removes(m.Operation);
        book.LastServerSeq++;
        (document.Module, document.DocumentType, document.SchemaVersion, document.Version) = (m.Module, m.DocumentType, m.SchemaVersion, Math.Max(document.Version, m.BaseVersion) + 1);
        (document.Operation, document.Posted, document.Removed) = (m.Operation, m.Operation == MutationOperations.Post, removes);
        (document.Number, document.Payload, document.LastServerSeq, document.UpdatedAt) = (facts.Number, m.Payload, book.LastServerSeq, now);
        snapshot.Numbers.Add(document);
        Changes.Add(new ChangeLogEntry
        {
            BookId = book.Id, ServerSeq = book.LastServerSeq, DocumentId = m.DocumentId, Module = m.Module, DocumentType = m.DocumentType,
            SchemaVersion = m.SchemaVersion, Version = document.Version, Operation = m.Operation, OriginDeviceId = device.Id,
            Payload = removes ? null : m.Payload, CommittedAt = now,
        });
        Journals[m.DocumentId] = CloudJournal.Of(document, facts);
        return new MutationAck(m.Seq, AckStatus.Accepted, m.DocumentId, document.Version, book.LastServerSeq, facts.Number);
    }
}
