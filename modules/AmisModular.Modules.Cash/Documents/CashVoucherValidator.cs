using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>Field checks on save, each naming the field in both languages. Accounts and periods are the pipeline's.</summary>
public static class CashVoucherValidator
{
    public static IReadOnlyList<ValidationError> Validate(CashVoucherDraft draft, Company company)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(company);
        var receipt = draft.Kind == CashVoucherKind.Receipt;
        var errors = new List<ValidationError>();
        if (draft.Books == BookSet.None || (draft.Books.Contains(Book.Internal) && !company.UsesInternalBook))
        {
            errors.Add(ValidationError.Of(nameof(draft.Books), "Sổ không hợp lệ (chọn sổ tài chính, hoặc bật sổ quản trị).", "Invalid books (choose the Tax book, or enable the Internal book)."));
        }

        if (draft.PartnerId is null && string.IsNullOrWhiteSpace(draft.PersonName))
        {
            errors.Add(receipt
                ? ValidationError.Of(nameof(draft.PersonName), "Nhập họ tên người nộp tiền hoặc chọn đối tượng.", "Enter the payer's name or choose a partner.")
                : ValidationError.Of(nameof(draft.PersonName), "Nhập họ tên người nhận tiền hoặc chọn đối tượng.", "Enter the payee's name or choose a partner."));
        }

        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            errors.Add(receipt
                ? ValidationError.Of(nameof(draft.Description), "Lý do nộp là bắt buộc.", "The reason for the receipt is required.")
                : ValidationError.Of(nameof(draft.Description), "Lý do chi là bắt buộc.", "The reason for the payment is required."));
        }

        if (draft.CashAccount is null || !draft.CashAccount.StartsWith("111", StringComparison.Ordinal))
        {
            errors.Add(ValidationError.Of(nameof(draft.CashAccount), "Tài khoản tiền mặt phải là TK 111 hoặc TK chi tiết của 111.", "The cash account must be 111 or one of its sub-accounts."));
        }

        if (draft.Currency != "VND")
        {
            errors.Add(ValidationError.Of(nameof(draft.Currency), "Phiên bản này chỉ hỗ trợ phiếu thu/chi bằng VND.", "This version supports VND cash vouchers only."));
        }

        if (draft.PostingDate < draft.DocumentDate)
        {
            errors.Add(ValidationError.Of(nameof(draft.PostingDate), "Ngày hạch toán không được nhỏ hơn ngày chứng từ.", "The posting date cannot be earlier than the document date."));
        }

        ValidateLines(draft, errors);
        return errors;
    }

    private static void ValidateLines(CashVoucherDraft draft, List<ValidationError> errors)
    {
        if (draft.Lines is null || draft.Lines.Count == 0)
        {
            errors.Add(ValidationError.Of(nameof(draft.Lines), "Phiếu phải có ít nhất một dòng.", "The voucher needs at least one line."));
            return;
        }

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var field = $"Lines[{i + 1}]";
            if (string.IsNullOrWhiteSpace(line.CounterAccount))
            {
                errors.Add(ValidationError.Of($"{field}.CounterAccount", draft.Kind == CashVoucherKind.Receipt ? "TK Có là bắt buộc." : "TK Nợ là bắt buộc.",
                    draft.Kind == CashVoucherKind.Receipt ? "The credit account is required." : "The debit account is required."));
            }
            else if (line.CounterAccount == draft.CashAccount)
            {
                errors.Add(ValidationError.Of($"{field}.CounterAccount", "TK đối ứng không được trùng TK tiền mặt.", "The counter-account cannot be the cash account itself."));
            }

            if (line.Amount <= 0)
            {
                errors.Add(ValidationError.Of($"{field}.Amount", "Số tiền phải lớn hơn 0.", "The amount must be greater than zero."));
            }
        }
    }
}
