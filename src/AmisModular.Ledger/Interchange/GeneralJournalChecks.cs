using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Modularity.Abstractions.Documents;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Interchange;

/// <summary>
/// The store-side checks of an imported voucher, the same the save and posting pipeline would make, but all at once
/// and as field errors: company, books, period open and not locked, accounts, partners, balance, unique id and numbers.
/// </summary>
internal static class GeneralJournalChecks
{
    public static async Task<BookSet> CheckAsync(LedgerDbContext db, ParsedGeneralJournal voucher, List<DocumentFieldError> errors, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == voucher.CompanyId, cancellationToken);
        if (company is null)
        {
            Add(errors, "$.companyId", InterchangeRules.UnknownCompany, $"Không có công ty {voucher.CompanyId}", $"company {voucher.CompanyId} does not exist");
            return BookSet.None;
        }

        var books = voucher.Books ?? (company.UsesInternalBook ? BookSet.Both : BookSet.Tax);
        if (books.Contains(Book.Internal) && !company.UsesInternalBook)
        {
            Add(errors, "$.books", InterchangeRules.BookNotKept, "Công ty chưa bật sổ quản trị", "the company does not keep an Internal book");
        }

        await CheckIdentityAsync(db, voucher, errors, cancellationToken);
        var found = await FiscalCalendar.FindAsync(db, company.Id, voucher.PostingDate, cancellationToken);
        if (found is null)
        {
            Add(errors, "$.postingDate", InterchangeRules.PeriodNotOpen,
                $"Ngày hạch toán {voucher.PostingDate:dd/MM/yyyy} không thuộc năm tài chính nào đã mở",
                $"posting date {voucher.PostingDate:yyyy-MM-dd} is not in any open fiscal year");
            return books;
        }

        if (found.Value.Period.IsLocked)
        {
            Add(errors, "$.postingDate", InterchangeRules.PeriodLocked,
                $"Kỳ {found.Value.Period.Name} đã khóa sổ (ngày hạch toán {voucher.PostingDate:dd/MM/yyyy})",
                $"period {found.Value.Period.Name} is locked (posting date {voucher.PostingDate:yyyy-MM-dd})");
        }

        var chart = await ChartService.LoadAsync(db, company.Id, found.Value.Year.Regime, voucher.PostingDate, cancellationToken);
        await CheckLinesAsync(db, company.Id, chart, voucher.Lines, errors, cancellationToken);
        return books;
    }

    private static async Task CheckIdentityAsync(LedgerDbContext db, ParsedGeneralJournal voucher, List<DocumentFieldError> errors, CancellationToken cancellationToken)
    {
        if (voucher.Id is { } id && await db.GeneralJournalVouchers.AnyAsync(v => v.Id == id, cancellationToken))
        {
            Add(errors, "$.id", InterchangeRules.DuplicateId, $"Chứng từ {id} đã có trong dữ liệu", $"document {id} already exists");
        }

        if (voucher.TaxNumber is { } tax && await db.GeneralJournalVouchers.AnyAsync(v => v.CompanyId == voucher.CompanyId && v.TaxNumber == tax, cancellationToken))
        {
            Add(errors, "$.taxNumber", InterchangeRules.DuplicateNumber, $"Số chứng từ {tax} (sổ tài chính) đã dùng", $"number {tax} is already used in the Tax book");
        }

        if (voucher.InternalNumber is { } @internal && await db.GeneralJournalVouchers.AnyAsync(v => v.CompanyId == voucher.CompanyId && v.InternalNumber == @internal, cancellationToken))
        {
            Add(errors, "$.internalNumber", InterchangeRules.DuplicateNumber, $"Số chứng từ {@internal} (sổ quản trị) đã dùng", $"number {@internal} is already used in the Internal book");
        }
    }

    private static async Task CheckLinesAsync(
        LedgerDbContext db, Guid companyId, ChartOfAccounts chart, IReadOnlyList<GeneralJournalPayloadLine> lines, List<DocumentFieldError> errors, CancellationToken cancellationToken)
    {
        var partnerIds = lines.SelectMany(l => new[] { l.DebitPartnerId, l.CreditPartnerId }).OfType<Guid>().Distinct().ToList();
        var known = (await db.Partners.AsNoTracking().Where(p => p.CompanyId == companyId && partnerIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var path = $"$.lines[{i}]";
            CheckAccount(chart, line.DebitAccount, line.DebitPartnerId, known, $"{path}.debitAccount", $"{path}.debitPartnerId", errors);
            CheckAccount(chart, line.CreditAccount, line.CreditPartnerId, known, $"{path}.creditAccount", $"{path}.creditPartnerId", errors);
        }

        var debit = lines.Where(l => l.CreditAccount is null).Sum(l => l.Amount);
        var credit = lines.Where(l => l.DebitAccount is null).Sum(l => l.Amount);
        if (debit != credit)
        {
            Add(errors, "$.lines", InterchangeRules.Unbalanced,
                $"Chứng từ không cân: dòng chỉ ghi Nợ {debit} ≠ dòng chỉ ghi Có {credit}", $"the voucher does not balance: debit-only lines {debit} ≠ credit-only lines {credit}");
        }
    }

    private static void CheckAccount(
        ChartOfAccounts chart, string? account, Guid? partnerId, HashSet<Guid> knownPartners, string accountPath, string partnerPath, List<DocumentFieldError> errors)
    {
        if (account is null)
        {
            return;
        }

        if (!chart.Exists(account))
        {
            Add(errors, accountPath, InterchangeRules.UnknownAccount,
                $"Tài khoản {account} không có trong hệ thống tài khoản {chart.Regime.ToString().ToUpperInvariant()}", $"account {account} is not in the {chart.Regime.ToString().ToUpperInvariant()} chart");
        }
        else if (!chart.IsPostable(account))
        {
            Add(errors, accountPath, InterchangeRules.NonPostableAccount,
                $"Tài khoản {account} là tài khoản tổng hợp; dùng tài khoản chi tiết", $"account {account} has sub-accounts; use a detail account");
        }

        if (partnerId is { } id && !knownPartners.Contains(id))
        {
            Add(errors, partnerPath, InterchangeRules.UnknownPartner, $"Đối tượng {id} không thuộc công ty", $"partner {id} does not belong to the company");
        }
        else if (partnerId is null && PostingService.PartnerAccounts.Any(p => account.StartsWith(p, StringComparison.Ordinal)))
        {
            Add(errors, partnerPath, InterchangeRules.PartnerRequired, $"Tài khoản {account} phải ghi chi tiết theo đối tượng", $"account {account} needs a partner");
        }
    }

    private static void Add(List<DocumentFieldError> errors, string field, string rule, string vi, string en) =>
        errors.Add(new DocumentFieldError(field, rule, $"{vi} / {en}"));
}
