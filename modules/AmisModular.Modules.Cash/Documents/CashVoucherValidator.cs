using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using static AmisModular.Modules.Cash.Documents.CashVoucherRuleViolation;

namespace AmisModular.Modules.Cash.Documents;

/// <summary>
/// Field checks on save, each naming the field in both languages and the rule broken. Accounts and periods are the
/// pipeline's (the interchange checks them ahead of posting so an import names the field).
/// </summary>
public static class CashVoucherValidator
{
    public static IReadOnlyList<ValidationError> Validate(CashVoucherDraft draft, Company company) =>
        [.. Check(draft, company).Select(v => v.Error)];

    public static IReadOnlyList<CashVoucherRuleViolation> Check(CashVoucherDraft draft, Company company)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(company);
        var receipt = draft.Kind == CashVoucherKind.Receipt;
        var errors = new List<CashVoucherRuleViolation>();
        if (draft.Books == BookSet.None || (draft.Books.Contains(Book.Internal) && !company.UsesInternalBook))
        {
            errors.Add(Of(nameof(draft.Books), "$.books", CashVoucherRules.InvalidBooks, "Sổ không hợp lệ (chọn sổ tài chính, hoặc bật sổ quản trị).", "Invalid books (choose the Tax book, or enable the Internal book)."));
        }

        if (draft.PartnerId is null && string.IsNullOrWhiteSpace(draft.PersonName))
        {
            errors.Add(receipt
                ? Of(nameof(draft.PersonName), "$.personName", CashVoucherRules.Required, "Nhập họ tên người nộp tiền hoặc chọn đối tượng.", "Enter the payer's name or choose a partner.")
                : Of(nameof(draft.PersonName), "$.personName", CashVoucherRules.Required, "Nhập họ tên người nhận tiền hoặc chọn đối tượng.", "Enter the payee's name or choose a partner."));
        }

        if (string.IsNullOrWhiteSpace(draft.Description))
        {
            errors.Add(receipt
                ? Of(nameof(draft.Description), "$.description", CashVoucherRules.Required, "Lý do nộp là bắt buộc.", "The reason for the receipt is required.")
                : Of(nameof(draft.Description), "$.description", CashVoucherRules.Required, "Lý do chi là bắt buộc.", "The reason for the payment is required."));
        }

        if (draft.CashAccount is null || !draft.CashAccount.StartsWith("111", StringComparison.Ordinal))
        {
            errors.Add(Of(nameof(draft.CashAccount), "$.cashAccount", CashVoucherRules.CashAccount, "Tài khoản tiền mặt phải là TK 111 hoặc TK chi tiết của 111.", "The cash account must be 111 or one of its sub-accounts."));
        }

        if (draft.Currency != "VND")
        {
            errors.Add(Of(nameof(draft.Currency), "$.currency", CashVoucherRules.UnsupportedCurrency, "Phiên bản này chỉ hỗ trợ phiếu thu/chi bằng VND.", "This version supports VND cash vouchers only."));
        }

        if (draft.PostingDate < draft.DocumentDate)
        {
            errors.Add(Of(nameof(draft.PostingDate), "$.postingDate", CashVoucherRules.PostingBeforeDocument, "Ngày hạch toán không được nhỏ hơn ngày chứng từ.", "The posting date cannot be earlier than the document date."));
        }

        if (draft.AttachedDocuments < 0)
        {
            errors.Add(Of(nameof(draft.AttachedDocuments), "$.attachedDocuments", CashVoucherRules.NotNegative, "Số chứng từ gốc kèm theo không được âm.", "The number of attached documents cannot be negative."));
        }

        ValidateLines(draft, errors);
        return errors;
    }

    private static void ValidateLines(CashVoucherDraft draft, List<CashVoucherRuleViolation> errors)
    {
        if (draft.Lines is null || draft.Lines.Count == 0)
        {
            errors.Add(Of(nameof(draft.Lines), "$.lines", CashVoucherRules.Required, "Phiếu phải có ít nhất một dòng.", "The voucher needs at least one line."));
            return;
        }

        var receipt = draft.Kind == CashVoucherKind.Receipt;
        for (var i = 0; i < draft.Lines.Count; i++)
        {
            var line = draft.Lines[i];
            var (field, path) = Line(i, "counterAccount");
            if (string.IsNullOrWhiteSpace(line.CounterAccount))
            {
                errors.Add(Of(field, path, CashVoucherRules.Required, receipt ? "TK Có là bắt buộc." : "TK Nợ là bắt buộc.",
                    receipt ? "The credit account is required." : "The debit account is required."));
            }
            else if (line.CounterAccount == draft.CashAccount)
            {
                errors.Add(Of(field, path, CashVoucherRules.SameAsCashAccount, "TK đối ứng không được trùng TK tiền mặt.", "The counter-account cannot be the cash account itself."));
            }

            if (line.Amount <= 0)
            {
                (field, path) = Line(i, "amount");
                errors.Add(Of(field, path, CashVoucherRules.Positive, "Số tiền phải lớn hơn 0.", "The amount must be greater than zero."));
            }
        }
    }
}
