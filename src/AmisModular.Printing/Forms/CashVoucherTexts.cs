using AmisModular.Printing.Formatting;
using AmisModular.Printing.Words;

namespace AmisModular.Printing.Forms;

/// <summary>The wording of 01-TT / 02-TT, resolved from the model before drawing starts.</summary>
internal sealed record CashVoucherTexts(
    string Title,
    string FormCode,
    string PersonLabel,
    string ReasonLabel,
    string AmountText,
    string AmountInWords,
    string[] SignatureTitles,
    string?[] SignatureNames)
{
    public const string Dots = "..............................";

    public static CashVoucherTexts From(CashVoucherPrintModel m, VietnameseAmountInWords words)
    {
        var receipt = m.Kind == CashVoucherKind.Receipt;
        var inWords = string.IsNullOrWhiteSpace(m.AmountInWords) ? words.ToWords(m.Amount, m.CurrencyCode) : m.AmountInWords;
        var s = m.Signatories;
        var counterparty = string.IsNullOrWhiteSpace(s.Counterparty) ? m.PersonName : s.Counterparty;

        // 01-TT lists the payer third and the cashier last; 02-TT lists the cashier third and the receiver last.
        string[] titles = receipt
            ? ["Giám đốc", "Kế toán trưởng", "Người nộp tiền", "Người lập phiếu", "Thủ quỹ"]
            : ["Giám đốc", "Kế toán trưởng", "Thủ quỹ", "Người lập phiếu", "Người nhận tiền"];
        string?[] names = receipt
            ? [s.Director, s.ChiefAccountant, counterparty, s.Preparer, s.Cashier]
            : [s.Director, s.ChiefAccountant, s.Cashier, s.Preparer, counterparty];

        return new CashVoucherTexts(
            receipt ? "PHIẾU THU" : "PHIẾU CHI",
            string.IsNullOrWhiteSpace(m.FormCode) ? (receipt ? "Mẫu số 01 - TT" : "Mẫu số 02 - TT") : m.FormCode,
            receipt ? "Họ và tên người nộp tiền:" : "Họ và tên người nhận tiền:",
            receipt ? "Lý do nộp:" : "Lý do chi:",
            VietnameseFormat.MoneyIn(m.Amount, m.CurrencyCode) + " " + m.CurrencyCode.ToUpperInvariant(),
            inWords,
            titles,
            names);
    }

    public static string Or(string? value) => string.IsNullOrWhiteSpace(value) ? Dots : value;
}
