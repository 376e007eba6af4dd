using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Cash.Interchange;

/// <summary>
/// Every rule an imported voucher must pass, before anything is written: the voucher's own rules, its references,
/// then what the posting pipeline would refuse (period, chart, partner on 131/331, the till) so each names its field.
/// </summary>
internal static class CashInterchangeChecks
{
    public static async Task<IReadOnlyList<DocumentFieldError>> CheckAsync(IUnitOfWork unit, CashInterchangeDocument document, CancellationToken cancellationToken)
    {
        var ledger = unit.Context<LedgerDbContext>();
        var draft = document.Draft;
        var company = await ledger.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == draft.CompanyId, cancellationToken);
        if (company is null)
        {
            return [Error("$.companyId", CashVoucherRules.UnknownCompany, "Công ty không tồn tại.", "The company does not exist.")];
        }

        var errors = CashVoucherValidator.Check(draft, company).Concat(await CashReferenceChecks.CheckAsync(ledger, draft, cancellationToken))
            .Select(v => new DocumentFieldError(v.Path, v.Rule, $"{v.Error.Text.Vi} / {v.Error.Text.En}")).ToList();
        errors.AddRange(Lengths(draft));
        errors.AddRange(await IdentityAsync(unit, document, cancellationToken));
        var found = await FiscalCalendar.FindAsync(ledger, draft.CompanyId, draft.PostingDate, cancellationToken);
        if (found is null)
        {
            errors.Add(Error("$.postingDate", CashVoucherRules.PeriodNotOpen, $"Ngày hạch toán {draft.PostingDate:dd/MM/yyyy} không thuộc năm tài chính nào đã mở.", $"Posting date {draft.PostingDate:yyyy-MM-dd} is not in any open fiscal year."));
            return errors;
        }

        if (found.Value.Period.IsLocked)
        {
            errors.Add(Error("$.postingDate", CashVoucherRules.PeriodLocked, $"Kỳ {found.Value.Period.Name} đã khóa sổ.", $"Period {found.Value.Period.Name} is locked."));
        }

        var chart = await ChartService.LoadAsync(ledger, draft.CompanyId, found.Value.Year.Regime, draft.PostingDate, cancellationToken);
        errors.AddRange(Accounts(draft, chart));
        if (errors.Count == 0 && document.Post && draft.Kind == CashVoucherKind.Payment)
        {
            errors.AddRange(await TillAsync(ledger, draft, cancellationToken));
        }

        return errors;
    }

    private static IEnumerable<DocumentFieldError> Accounts(CashVoucherDraft draft, ChartOfAccounts chart)
    {
        var accounts = draft.Lines.Select((l, i) => (Code: l.CounterAccount, Path: $"$.lines[{i}].counterAccount", Partner: l.PartnerId ?? draft.PartnerId, Index: i))
            .Prepend((Code: draft.CashAccount, Path: "$.cashAccount", Partner: (Guid?)Guid.Empty, Index: -1))
            .Where(a => !string.IsNullOrWhiteSpace(a.Code));
        foreach (var (code, path, partner, index) in accounts)
        {
            if (!chart.Exists(code))
            {
                yield return Error(path, CashVoucherRules.UnknownAccount, $"Tài khoản {code} không có trong hệ thống tài khoản ({chart.Regime}).", $"Account {code} is not in the chart of accounts ({chart.Regime}).");
            }
            else if (!chart.IsPostable(code))
            {
                yield return Error(path, CashVoucherRules.NonPostableAccount, $"Tài khoản {code} là tài khoản tổng hợp, hãy chọn tài khoản chi tiết.", $"Account {code} has sub-accounts; choose a detail account.");
            }
            else if (partner is null && PostingService.PartnerAccounts.Any(p => code.StartsWith(p, StringComparison.Ordinal)))
            {
                yield return Error($"$.lines[{index}].partnerId", CashVoucherRules.PartnerRequired, $"Hạch toán TK {code} phải chọn đối tượng.", $"A line on account {code} needs a partner.");
            }
        }
    }

    private static async Task<IEnumerable<DocumentFieldError>> TillAsync(LedgerDbContext ledger, CashVoucherDraft draft, CancellationToken cancellationToken)
    {
        var total = draft.Lines.Sum(l => l.Amount);
        foreach (var book in draft.Books.Books())
        {
            var available = await Documents.CashVoucherService.AvailableCashAsync(ledger, draft.CompanyId, book, draft.CashAccount, draft.PostingDate, cancellationToken);
            if (available < total)
            {
                return [Error("$.lines", CashVoucherRules.InsufficientCash, $"Tồn quỹ TK {draft.CashAccount} ({book}) chỉ còn {available:N0}, không đủ chi {total:N0}.", $"Cash on {draft.CashAccount} ({book}) is {available:N0}, not enough to pay {total:N0}.")];
            }
        }

        return [];
    }

    private static async Task<IEnumerable<DocumentFieldError>> IdentityAsync(IUnitOfWork unit, CashInterchangeDocument document, CancellationToken cancellationToken)
    {
        var errors = new List<DocumentFieldError>();
        var (id, tax, internalNumber) = (document.Identity.Id, document.Identity.TaxNumber, document.Identity.InternalNumber);
        var (companyId, kind, books) = (document.Draft.CompanyId, document.Draft.Kind, document.Draft.Books);
        var vouchers = unit.Context<CashDbContext>().Vouchers.AsNoTracking();
        if (id is { } known && await vouchers.AnyAsync(v => v.Id == known, cancellationToken))
        {
            errors.Add(Error("$.id", CashVoucherRules.DuplicateId, $"Đã có chứng từ mã {known}.", $"A voucher with id {known} already exists."));
        }

        errors.AddRange(await NumberAsync("$.taxNumber", tax, books.Contains(Book.Tax), vouchers.Where(v => v.CompanyId == companyId && v.Kind == kind && v.TaxNumber == tax), cancellationToken));
        errors.AddRange(await NumberAsync("$.internalNumber", internalNumber, books.Contains(Book.Internal), vouchers.Where(v => v.CompanyId == companyId && v.Kind == kind && v.InternalNumber == internalNumber), cancellationToken));
        return errors;
    }

    private static async Task<IEnumerable<DocumentFieldError>> NumberAsync(string path, string? number, bool bookUsed, IQueryable<CashVoucher> same, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return [];
        }

        if (!bookUsed)
        {
            return [Error(path, CashVoucherRules.InvalidValue, $"Có số {number} nhưng chứng từ không thuộc sổ này.", $"Number {number} is given but the voucher is not in that book.")];
        }

        return await same.AnyAsync(cancellationToken)
            ? [Error(path, CashVoucherRules.DuplicateNumber, $"Số chứng từ {number} đã có.", $"Voucher number {number} already exists.")]
            : [];
    }

    private static IEnumerable<DocumentFieldError> Lengths(CashVoucherDraft draft)
    {
        (string Path, string? Value, int Max)[] limits =
        [
            ("$.personName", draft.PersonName, 200), ("$.address", draft.Address, 400), ("$.description", draft.Description, 1000),
            ("$.cashAccount", draft.CashAccount, 20),
            .. draft.Lines.SelectMany((l, i) => new (string, string?, int)[] { ($"$.lines[{i}].counterAccount", l.CounterAccount, 20), ($"$.lines[{i}].description", l.Description, 1000) }),
        ];
        return limits.Where(l => l.Value?.Length > l.Max)
            .Select(l => Error(l.Path, CashVoucherRules.TooLong, $"Tối đa {l.Max} ký tự.", $"At most {l.Max} characters."));
    }

    private static DocumentFieldError Error(string path, string rule, string vi, string en) => new(path, rule, $"{vi} / {en}");
}
