namespace AmisModular.Printing.Forms;

/// <summary>Phiếu thu (form 01-TT, money in) or Phiếu chi (form 02-TT, money out).</summary>
public enum CashVoucherKind
{
    Receipt,
    Payment,
}
