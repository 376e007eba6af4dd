using AmisModular.Modules.Cash.Documents;

namespace AmisModular.Benchmarks.Ledger;

/// <summary>
/// The journal lines a cash voucher posts to, written out by hand for the baselines: receipt = Nợ 1111 / Có
/// counter-account, payment = Nợ counter-account / Có 1111, the partner on the counter side, one pair per line.
/// </summary>
public static class CashJournal
{
    public static string RuleId(CashVoucherKind kind) => kind == CashVoucherKind.Receipt ? "cash.receipt/v1" : "cash.payment/v1";

    public static string DocumentType(CashVoucherKind kind) => CashDocumentTypes.For(kind);

    public static IEnumerable<Entry> Derive(PlannedVoucher voucher)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        var lineNo = 0;
        for (var source = 1; source <= voucher.Lines.Count; source++)
        {
            var line = voucher.Lines[source - 1];
            var description = line.Description ?? voucher.Description;
            var (debit, credit) = voucher.Kind == CashVoucherKind.Receipt
                ? (PlannedVoucher.CashAccount, line.CounterAccount)
                : (line.CounterAccount, PlannedVoucher.CashAccount);
            var (debitPartner, creditPartner) = voucher.Kind == CashVoucherKind.Receipt ? ((Guid?)null, voucher.PartnerId) : (voucher.PartnerId, null);
            yield return new Entry(++lineNo, source, debit, credit, line.Amount, 0m, debitPartner, description);
            yield return new Entry(++lineNo, source, credit, debit, 0m, line.Amount, creditPartner, description);
        }
    }

    /// <summary>One row of core_journal_lines, before the document's number and dates are added.</summary>
    public sealed record Entry(
        int LineNo, int SourceLineNo, string Account, string CorrespondingAccount, decimal Debit, decimal Credit, Guid? PartnerId, string Description);
}
