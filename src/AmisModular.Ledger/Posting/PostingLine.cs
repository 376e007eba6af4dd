namespace AmisModular.Ledger.Posting;

/// <summary>
/// One side of an entry a posting rule produces: exactly one of <see cref="Debit"/> and <see cref="Credit"/> is
/// positive. <see cref="CorrespondingAccountCode"/> is the TK đối ứng; <see cref="Pair"/> sets it on both sides.
/// </summary>
public sealed record PostingLine(
    int SourceLineNo,
    string AccountCode,
    decimal Debit,
    decimal Credit,
    string? CorrespondingAccountCode = null,
    Guid? PartnerId = null,
    string? Description = null)
{
    /// <summary>Nợ <paramref name="debitAccount"/> / Có <paramref name="creditAccount"/>: the usual two-line entry.</summary>
    public static IReadOnlyList<PostingLine> Pair(
        int sourceLineNo,
        string debitAccount,
        string creditAccount,
        decimal amount,
        string? description = null,
        Guid? debitPartnerId = null,
        Guid? creditPartnerId = null) =>
    [
        new(sourceLineNo, debitAccount, amount, 0m, creditAccount, debitPartnerId, description),
        new(sourceLineNo, creditAccount, 0m, amount, debitAccount, creditPartnerId, description),
    ];
}
