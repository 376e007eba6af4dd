namespace AmisModular.Ledger.GeneralJournal;

/// <summary>
/// One line of a general journal voucher: TK Nợ / TK Có / Số tiền, as MISA enters it. A one-sided line (only a debit
/// or only a credit account) is allowed so compound entries can be entered; the voucher must still balance.
/// </summary>
public sealed class GeneralJournalLine
{
    public Guid VoucherId { get; set; }

    public int LineNo { get; set; }

    public string? Description { get; set; }

    public string? DebitAccount { get; set; }

    public string? CreditAccount { get; set; }

    public decimal Amount { get; set; }

    public Guid? DebitPartnerId { get; set; }

    public Guid? CreditPartnerId { get; set; }
}
