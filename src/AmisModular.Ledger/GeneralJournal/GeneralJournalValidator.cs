using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;

namespace AmisModular.Ledger.GeneralJournal;

/// <summary>Field checks on save (accounts, periods and balance are checked by the posting pipeline).</summary>
public static class GeneralJournalValidator
{
    public static IReadOnlyList<ValidationError> Validate(GeneralJournalDraft draft, Company company)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(company);
        var errors = new List<ValidationError>();
        if (draft.Books == BookSet.None)
        {
            errors.Add(ValidationError.Of(nameof(draft.Books), "Chứng từ phải thuộc ít nhất một sổ (tài chính hoặc quản trị).", "The voucher must belong to at least one book (Tax or Internal)."));
        }
        else if (draft.Books.Contains(Book.Internal) && !company.UsesInternalBook)
        {
            errors.Add(ValidationError.Of(nameof(draft.Books), "Công ty chưa bật sổ quản trị.", "The company does not keep an Internal (management) book."));
        }

        if (draft.PostingDate < draft.DocumentDate)
        {
            errors.Add(ValidationError.Of(nameof(draft.PostingDate), "Ngày hạch toán không được nhỏ hơn ngày chứng từ.", "The posting date cannot be earlier than the document date."));
        }

        if (draft.Lines is null || draft.Lines.Count == 0)
        {
            errors.Add(ValidationError.Of(nameof(draft.Lines), "Chứng từ phải có ít nhất một dòng định khoản.", "The voucher needs at least one line."));
            return errors;
        }

        for (var i = 0; i < draft.Lines.Count; i++)
        {
            ValidateLine(draft.Lines[i], $"Lines[{i + 1}]", errors);
        }

        return errors;
    }

    private static void ValidateLine(GeneralJournalDraftLine line, string field, List<ValidationError> errors)
    {
        if (line.Amount <= 0)
        {
            errors.Add(ValidationError.Of($"{field}.Amount", "Số tiền phải lớn hơn 0.", "The amount must be greater than zero."));
        }

        if (string.IsNullOrWhiteSpace(line.DebitAccount) && string.IsNullOrWhiteSpace(line.CreditAccount))
        {
            errors.Add(ValidationError.Of($"{field}.DebitAccount", "Dòng phải có TK Nợ hoặc TK Có.", "The line needs a debit or a credit account."));
        }

        if (line.DebitAccount is not null && line.DebitAccount == line.CreditAccount && line.DebitPartnerId == line.CreditPartnerId)
        {
            errors.Add(ValidationError.Of($"{field}.CreditAccount", "TK Nợ và TK Có trùng nhau.", "The debit and credit accounts are the same."));
        }
    }
}
