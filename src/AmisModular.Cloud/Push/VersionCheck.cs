using AmisModular.Cloud.Data;
using AmisModular.Storage.Json;
using AmisModular.Sync.Protocol.Push;

namespace AmisModular.Cloud.Push;

/// <summary>Void beats edit; posted documents are immutable (correct by reversal); otherwise the base version must match.</summary>
public static class VersionCheck
{
    /// <returns>The ack that ends the mutation here, or null when it may be written.</returns>
    public static MutationAck? Refusal(CloudDocument? document, Mutation m)
    {
        ArgumentNullException.ThrowIfNull(m);
        if (document is null)
        {
            return m.BaseVersion == 0 && !MutationOperations.Removes(m.Operation)
                ? null
                : PushAcks.Rejected(m, new AckError(RejectionCodes.MissingDocument,
                    $"Máy chủ không có chứng từ {m.DocumentId} phiên bản {m.BaseVersion}. / The server has no version {m.BaseVersion} of document {m.DocumentId}.", false));
        }

        if (document.Module != m.Module || document.DocumentType != m.DocumentType)
        {
            // A document's id names one thing for good: a change under another type would turn a partner into a receipt.
            return PushAcks.Rejected(m, new AckError(RejectionCodes.InvalidPayload,
                $"Chứng từ {m.DocumentId} là {document.Module}/{document.DocumentType}, không phải {m.Module}/{m.DocumentType}. / Document {m.DocumentId} is a {document.Module}/{document.DocumentType}, not a {m.Module}/{m.DocumentType}.", false));
        }

        if (document.Version == m.BaseVersion + 1 && document.Operation == m.Operation && document.Payload is { } payload
            && CanonicalJson.Sha256Hex(payload) == m.PayloadHash)
        {
            // The very same change from the same base is already here (after a restore, every device that holds a lost
            // document re-pushes it): applied once, answered as a duplicate rather than as a conflict with itself.
            return new MutationAck(m.Seq, AckStatus.Duplicate, m.DocumentId, document.Version, document.LastServerSeq, document.Number);
        }

        return StateRefusal(document, m);
    }

    private static MutationAck? StateRefusal(CloudDocument document, Mutation m)
    {
        if (document.Removed)
        {
            return PushAcks.Rejected(m, new AckError(RejectionCodes.Voided,
                    "Chứng từ đã bị hủy ở nơi khác; thay đổi này không áp dụng. / The voucher was voided elsewhere; this change is not applied.", false))
                with { ServerCopy = CopyOf(document) };
        }

        if (document.Posted && m.Operation != MutationOperations.Unpost)
        {
            return PushAcks.Rejected(m, new AckError(RejectionCodes.Immutable,
                    "Chứng từ đã ghi sổ không sửa được; hãy lập chứng từ đảo. / A posted voucher cannot be changed; record a reversal instead.", false))
                with { ServerCopy = CopyOf(document) };
        }

        // Void beats edit: removing a draft that was edited elsewhere since is not a conflict; the removal wins.
        return document.Version == m.BaseVersion || MutationOperations.Removes(m.Operation)
            ? null
            : new MutationAck(m.Seq, AckStatus.Conflict, m.DocumentId, Version: document.Version,
                Error: new AckError("version-conflict", $"Chứng từ đã được sửa ở nơi khác (phiên bản {document.Version}). / The voucher was changed elsewhere (version {document.Version}).", false),
                ServerCopy: CopyOf(document));
    }

    private static ServerCopy CopyOf(CloudDocument document) =>
        new(document.Module, document.DocumentType, document.SchemaVersion, document.Version, document.Operation, document.Removed ? null : document.Payload);
}
