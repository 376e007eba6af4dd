namespace AmisModular.Modules.Cash.Documents;

/// <summary>
/// One line of a receipt or payment: the counter-account (receipt: TK Có, e.g. 131; payment: TK Nợ, e.g. 331, 6427)
/// and the amount. The cash account of the voucher is the other side.
/// </summary>
public sealed class CashVoucherLine
{
    public Guid VoucherId { get; set; }

    public int LineNo { get; set; }

    public string? Description { get; set; }

    public string CounterAccount { get; set; } = "";

    public decimal Amount { get; set; }

    /// <summary>The partner of this line when it differs from the voucher's (e.g. one receipt for two customers).</summary>
    public Guid? PartnerId { get; set; }
}
