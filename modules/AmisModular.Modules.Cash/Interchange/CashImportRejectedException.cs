using AmisModular.Ledger.Errors;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Cash.Interchange;

/// <summary>An imported cash voucher broke one or more rules; nothing was written. <see cref="Errors"/> names each field.</summary>
public sealed class CashImportRejectedException(IReadOnlyList<DocumentFieldError> errors) : LedgerException(Describe(errors))
{
    public IReadOnlyList<DocumentFieldError> Errors { get; } = errors;

    private static LocalizedText Describe(IReadOnlyList<DocumentFieldError> errors) => new(
        "Không nhập được chứng từ: " + string.Join("; ", errors.Select(e => $"{e.Field} ({e.Rule}): {e.Message}")),
        "The document was not imported: " + string.Join("; ", errors.Select(e => $"{e.Field} ({e.Rule}): {e.Message}")));
}
