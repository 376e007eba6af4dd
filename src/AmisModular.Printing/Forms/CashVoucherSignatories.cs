namespace AmisModular.Printing.Forms;

/// <summary>Names printed under the signature boxes; any may be left empty for a hand-written name.</summary>
public sealed record CashVoucherSignatories
{
    public string? Director { get; init; }

    public string? ChiefAccountant { get; init; }

    /// <summary>Người nộp tiền (receipt) or người nhận tiền (payment); defaults to the voucher's person name.</summary>
    public string? Counterparty { get; init; }

    public string? Preparer { get; init; }

    public string? Cashier { get; init; }
}
