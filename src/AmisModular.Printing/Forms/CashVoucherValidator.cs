using AmisModular.Printing.Words;

namespace AmisModular.Printing.Forms;

/// <summary>Checks a voucher before a single byte is written, so a bad model never yields a half-printed form.</summary>
internal static class CashVoucherValidator
{
    public static void Validate(CashVoucherPrintModel model)
    {
        Required(model.CompanyName, nameof(model.CompanyName), "Tên đơn vị", "Company name");
        Required(model.RegimeText, nameof(model.RegimeText), "Dòng căn cứ Thông tư", "Regime text");
        Required(model.VoucherNumber, nameof(model.VoucherNumber), "Số phiếu", "Voucher number");
        Required(model.PersonName, nameof(model.PersonName), "Họ và tên người nộp/nhận tiền", "Person name");
        Required(model.Reason, nameof(model.Reason), "Lý do nộp/chi", "Reason");
        Required(model.CurrencyCode, nameof(model.CurrencyCode), "Loại tiền", "Currency code");
        Accounts(model.DebitAccounts, nameof(model.DebitAccounts), "Nợ", "Debit");
        Accounts(model.CreditAccounts, nameof(model.CreditAccounts), "Có", "Credit");
        if (model.Amount <= 0)
        {
            throw new PrintModelValidationException(nameof(model.Amount),
                "Số tiền phải lớn hơn 0", "Amount must be greater than zero");
        }

        if (model.Amount > VietnameseAmountInWords.MaxAmount)
        {
            throw new PrintModelValidationException(nameof(model.Amount),
                "Số tiền vượt quá 999.999.999.999.999", "Amount exceeds 999,999,999,999,999");
        }

        if (model.ExchangeRate is <= 0)
        {
            throw new PrintModelValidationException(nameof(model.ExchangeRate),
                "Tỷ giá phải lớn hơn 0", "Exchange rate must be greater than zero");
        }

        if (model.AttachedOriginalDocuments is < 0)
        {
            throw new PrintModelValidationException(nameof(model.AttachedOriginalDocuments),
                "Số chứng từ gốc kèm theo không được âm", "Attached document count cannot be negative");
        }
    }

    private static void Required(string? value, string field, string vi, string en)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new PrintModelValidationException(field, $"{vi} không được để trống", $"{en} is required");
        }
    }

    private static void Accounts(IReadOnlyList<VoucherAccountEntry>? entries, string field, string vi, string en)
    {
        if (entries is null || entries.Count == 0)
        {
            throw new PrintModelValidationException(field,
                $"Phải có ít nhất một tài khoản {vi}", $"At least one {en} account is required");
        }

        if (entries.Any(e => string.IsNullOrWhiteSpace(e.Account)))
        {
            throw new PrintModelValidationException(field,
                $"Số hiệu tài khoản {vi} không được để trống", $"A {en} account number is empty");
        }
    }
}
