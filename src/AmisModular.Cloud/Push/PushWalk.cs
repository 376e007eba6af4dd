using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>
/// The seq rules of one push request, mutation by mutation in order: a resent seq replays its stored ack (a different
/// payload hash is key reuse) or, when it was deferred, is tried again; a new seq must be the next one (else a gap);
/// a refused or conflicting change refuses the later changes of its document, a deferred one defers them.
/// </summary>
public sealed class PushWalk(PushBatch batch)
{
    private readonly HashSet<Guid> refusedDocuments = [];
    private readonly Dictionary<Guid, AckError> deferredDocuments = [];

    public List<MutationAck> Acks { get; } = [];

    /// <returns>The error that fails the whole request (its transaction is not committed), or null.</returns>
    public IResult? Run(IReadOnlyList<CheckedMutation> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        foreach (var mutation in mutations)
        {
            if ((mutation.Mutation.Seq <= batch.Device.LastSeq ? Resent(mutation) : Next(mutation)) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    private IResult? Resent(CheckedMutation checkedMutation)
    {
        var m = checkedMutation.Mutation;
        var stored = batch.StoredAck(m.Seq);
        if (stored is not null && stored.PayloadHash != m.PayloadHash)
        {
            return SyncResults.Error(422, SyncErrorCodes.KeyReuse,
                $"Số thứ tự {m.Seq} đã dùng cho nội dung khác. / Seq {m.Seq} was already used for a different payload.", seq: m.Seq);
        }

        if (stored is not null && stored.Status == nameof(AckStatus.Deferred))
        {
            // Tried again under the same rules as a new seq: an earlier change of the document refused in this request
            // (or the client's own skip) refuses this one too, whatever its base version now matches.
            var retried = Decide(checkedMutation);
            (stored.Status, stored.AckJson) = (retried.Status.ToString(), PushAcks.Json(retried));
            Acks.Add(retried);
            return null;
        }

        // A replayed refusal still refuses what follows: a later change of the same document in this request
        // was made on top of the refused one (the client had not seen the refusal), so it must not apply.
        var replayed = PushAcks.Replay(stored, m);
        if ((replayed.Status is AckStatus.Conflict or AckStatus.Rejected) && !m.Skip)
        {
            refusedDocuments.Add(m.DocumentId);
        }

        Acks.Add(replayed);
        return null;
    }

    private IResult? Next(CheckedMutation checkedMutation)
    {
        var m = checkedMutation.Mutation;
        var device = batch.Device;
        if (m.Seq != device.LastSeq + 1)
        {
            return SyncResults.Error(409, SyncErrorCodes.Gap,
                $"Thiếu thay đổi từ số {device.LastSeq + 1}. / Seq {m.Seq} arrived before {device.LastSeq + 1}.", expected: device.LastSeq + 1);
        }

        var ack = Decide(checkedMutation);
        batch.Store(m, ack);
        device.LastSeq = m.Seq;
        Acks.Add(ack);
        return null;
    }

    /// <summary>
    /// The answer to a change being tried now: deferred behind a deferred change of its document, refused behind a
    /// refused one (or when the client skips it), else applied. A conflict or rejection refuses the document's later
    /// changes in this request, unless it was a skip: the client set that change aside itself, so a later change of the
    /// same document it sends (a renumbered draft, an edit of the server copy) was made on what it holds now.
    /// </summary>
    private MutationAck Decide(CheckedMutation checkedMutation)
    {
        var m = checkedMutation.Mutation;
        var ack = deferredDocuments.TryGetValue(m.DocumentId, out var deferral) ? PushAcks.Deferred(m, deferral)
            : m.Skip || refusedDocuments.Contains(m.DocumentId) ? PushAcks.DependencyParked(m)
            : DeferredOrApplied(checkedMutation);
        if ((ack.Status is AckStatus.Conflict or AckStatus.Rejected) && !m.Skip)
        {
            refusedDocuments.Add(m.DocumentId);
        }

        return ack;
    }

    /// <summary>A document with a deferred change stays deferred for the rest of the request; otherwise apply.</summary>
    private MutationAck DeferredOrApplied(CheckedMutation checkedMutation)
    {
        var m = checkedMutation.Mutation;
        if (deferredDocuments.TryGetValue(m.DocumentId, out var deferral))
        {
            return PushAcks.Deferred(m, deferral);
        }

        var ack = batch.Apply(checkedMutation);
        if (ack.Status == AckStatus.Deferred)
        {
            deferredDocuments[m.DocumentId] = ack.Error!;
        }

        return ack;
    }
}
