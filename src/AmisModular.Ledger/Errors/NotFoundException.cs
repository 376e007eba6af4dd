using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Errors;

/// <summary>A company, voucher, account or other record the caller named does not exist.</summary>
public sealed class NotFoundException(string what, object key)
    : LedgerException(new LocalizedText($"Không tìm thấy {what} '{key}'.", $"{what} '{key}' was not found."))
{
    public string What { get; } = what;

    public string Key { get; } = key?.ToString() ?? "";
}
