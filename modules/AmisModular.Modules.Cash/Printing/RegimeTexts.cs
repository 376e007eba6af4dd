using AmisModular.Ledger.Periods;
using AmisModular.Printing.Forms;

namespace AmisModular.Modules.Cash.Printing;

/// <summary>The "(Ban hành theo Thông tư …)" line of 01-TT / 02-TT for the regime of the voucher's fiscal year.</summary>
public static class RegimeTexts
{
    public const string Tt200 = "(Ban hành theo Thông tư số 200/2014/TT-BTC ngày 22/12/2014 của Bộ Tài chính)";

    public const string Tt133 = "(Ban hành theo Thông tư số 133/2016/TT-BTC ngày 26/08/2016 của Bộ Tài chính)";

    public static string For(AccountingRegime regime) => regime switch
    {
        AccountingRegime.Tt200 => Tt200,
        AccountingRegime.Tt133 => Tt133,
        _ => CashVoucherPrintModel.Tt99RegimeText,
    };
}
