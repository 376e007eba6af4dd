using AmisModular.Ledger.Companies;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Ui.Shared;

namespace AmisModular.Modules.Cash.Ui.Editor;

/// <summary>The Phiếu thu / Phiếu chi screen's state: what the user typed, turned into a draft on Cất.</summary>
public sealed class VoucherForm
{
    public Guid? Id { get; set; }

    public long Version { get; set; }

    public CashVoucherKind Kind { get; set; }

    public CashVoucherStatus Status { get; set; }

    public BookSet Books { get; set; }

    /// <summary>The working book's number (PT00001) once saved.</summary>
    public string? Number { get; set; }

    public string DateText { get; set; } = "";

    public PartnerOption? Partner { get; set; }

    public string PartnerText { get; set; } = "";

    public string PersonName { get; set; } = "";

    public string Address { get; set; } = "";

    public string Reason { get; set; } = "";

    public string AttachedText { get; set; } = "0";

    /// <summary>The till's account, the same on every line (TK Nợ of a receipt, TK Có of a payment).</summary>
    public AccountOption? CashAccount { get; set; }

    public string CashText { get; set; } = "";

    public List<VoucherFormLine> Lines { get; } = [];

    public bool IsPosted => Status == CashVoucherStatus.Posted;

    public decimal Total => Lines.Sum(l => CashFormat.TryParseMoney(l.AmountText, out var a) ? a : 0);

    public static VoucherForm New(CashVoucherKind kind, BookSet books, DateOnly date, AccountOption? cashAccount)
    {
        var form = new VoucherForm { Kind = kind, Books = books, DateText = CashFormat.Date(date), CashAccount = cashAccount };
        form.Lines.Add(new VoucherFormLine());
        return form;
    }

    public static VoucherForm From(CashVoucher voucher, Book book, PartnerOption? partner, Func<string, AccountOption> account)
    {
        ArgumentNullException.ThrowIfNull(voucher);
        ArgumentNullException.ThrowIfNull(account);
        var form = new VoucherForm
        {
            Id = voucher.Id, Version = voucher.Version, Kind = voucher.Kind, Status = voucher.Status, Books = voucher.Books,
            Number = voucher.NumberFor(book) ?? voucher.TaxNumber ?? voucher.InternalNumber, DateText = CashFormat.Date(voucher.DocumentDate),
            Partner = partner, PersonName = voucher.PersonName, Address = voucher.Address ?? "", Reason = voucher.Description,
            AttachedText = voucher.AttachedDocuments.ToString(System.Globalization.CultureInfo.InvariantCulture), CashAccount = account(voucher.CashAccount),
        };
        form.Lines.AddRange(voucher.Lines.OrderBy(l => l.LineNo).Select(l => new VoucherFormLine
        {
            Description = l.Description ?? "", Counter = account(l.CounterAccount), AmountText = CashFormat.Money(l.Amount),
        }));
        if (form.Lines.Count == 0)
        {
            form.Lines.Add(new VoucherFormLine());
        }

        return form;
    }

    /// <summary>
    /// The draft to save, or null with the fields that could not be read (a date that is not a date, an account typed
    /// but not chosen). Rules about the values themselves are the validator's.
    /// </summary>
    public CashVoucherDraft? ToDraft(Guid companyId, IDictionary<string, LocalizedText> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (!CashFormat.TryParseDate(DateText, out var date))
        {
            errors[VoucherFields.Date] = CashTexts.BadDate;
        }

        if (Partner is null && !string.IsNullOrWhiteSpace(PartnerText))
        {
            errors[VoucherFields.Partner] = CashTexts.UnknownPartner;
        }

        if (!int.TryParse(string.IsNullOrWhiteSpace(AttachedText) ? "0" : AttachedText.Trim(), System.Globalization.CultureInfo.InvariantCulture, out var attached))
        {
            errors[VoucherFields.Attached] = new LocalizedText("Nhập một số nguyên.", "Type a whole number.");
        }

        if (CashAccount is null && !string.IsNullOrWhiteSpace(CashText))
        {
            errors[VoucherFields.Cash(0)] = CashTexts.UnknownAccount;
        }

        var lines = new List<CashVoucherDraftLine>();
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            if (line.Counter is null && !string.IsNullOrWhiteSpace(line.CounterText))
            {
                errors[VoucherFields.Counter(i)] = CashTexts.UnknownAccount;
            }

            var amount = 0m;
            if (!string.IsNullOrWhiteSpace(line.AmountText) && !CashFormat.TryParseMoney(line.AmountText, out amount))
            {
                errors[VoucherFields.Amount(i)] = CashTexts.BadAmount;
            }

            lines.Add(new CashVoucherDraftLine(line.Counter?.Code ?? "", amount, string.IsNullOrWhiteSpace(line.Description) ? null : line.Description.Trim()));
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new CashVoucherDraft(
            Kind, companyId, Books, date, date, PersonName, Reason, lines, Partner?.Id,
            string.IsNullOrWhiteSpace(Address) ? null : Address.Trim(), attached, CashAccount?.Code ?? "");
    }
}
