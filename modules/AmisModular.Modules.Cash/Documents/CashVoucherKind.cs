namespace AmisModular.Modules.Cash.Documents;

public enum CashVoucherKind
{
    /// <summary>Phiếu thu (01-TT): money into the till.</summary>
    Receipt,

    /// <summary>Phiếu chi (02-TT): money out of the till.</summary>
    Payment,
}
