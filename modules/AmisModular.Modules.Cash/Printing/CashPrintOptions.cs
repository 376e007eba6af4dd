using AmisModular.Ledger.Companies;
using AmisModular.Printing.Forms;

namespace AmisModular.Modules.Cash.Printing;

/// <summary>How to print one voucher: which book's number, the Quyển số and the names under the signatures.</summary>
public sealed record CashPrintOptions
{
    /// <summary>The book whose number is printed as "Số"; null = Tax when the voucher has a Tax number, else Internal.</summary>
    public Book? Book { get; init; }

    /// <summary>Quyển số; blank by default.</summary>
    public string? BookNumber { get; init; }

    /// <summary>Names under the signature boxes; blank by default (signed by hand), except the payer/payee.</summary>
    public CashVoucherSignatories Signatories { get; init; } = new();
}
