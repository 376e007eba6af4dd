using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Errors;

/// <summary>The document changed since the caller read it (version mismatch); reload and retry.</summary>
public sealed class ConcurrencyConflictException(Guid documentId, long expectedVersion, long actualVersion)
    : LedgerException(new LocalizedText(
        $"Chứng từ {documentId} đã bị thay đổi (phiên bản {actualVersion}, bạn sửa từ {expectedVersion}). Hãy nạp lại.",
        $"Document {documentId} has changed (version {actualVersion}, you edited {expectedVersion}). Reload it."))
{
    public Guid DocumentId { get; } = documentId;
}
