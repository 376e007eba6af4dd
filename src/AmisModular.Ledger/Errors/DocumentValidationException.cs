using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Errors;

/// <summary>A document or catalog entry has invalid fields; nothing was written.</summary>
public sealed class DocumentValidationException(IReadOnlyList<ValidationError> errors) : LedgerException(Describe(errors))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;

    private static LocalizedText Describe(IReadOnlyList<ValidationError> errors) => new(
        "Dữ liệu không hợp lệ: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Text.Vi}")),
        "Invalid data: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Text.En}")));
}
