using AmisModular.Ledger.Errors;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Interchange;

/// <summary>An imported document failed its checks; nothing of it was written. Each error names its JSON path and rule.</summary>
public sealed class InterchangeValidationException(IReadOnlyList<DocumentFieldError> errors) : LedgerException(new LocalizedText(
    "Chứng từ không hợp lệ: " + string.Join("; ", errors.Select(e => $"{e.Field} [{e.Rule}]")),
    "Invalid document: " + string.Join("; ", errors.Select(e => $"{e.Field} [{e.Rule}] {e.Message}"))))
{
    public IReadOnlyList<DocumentFieldError> Errors { get; } = errors;
}
