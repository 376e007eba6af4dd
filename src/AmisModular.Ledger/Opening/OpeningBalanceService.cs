using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Opening;

/// <summary>Nhập số dư ban đầu: per book, account and (for 131/331 and other two-sided accounts) partner.</summary>
public sealed class OpeningBalanceService(IStore store)
{
    private static readonly string[] PartnerAccounts = ["131", "331", "141", "1388", "3388"];

    /// <summary>Sets (replaces) one opening balance as of <paramref name="asOfDate"/>, the first day of the books.</summary>
    public async Task<OpeningBalance> SetAsync(
        Guid companyId, Book book, string accountCode, Guid? partnerId, decimal debit, decimal credit, DateOnly asOfDate, CancellationToken cancellationToken)
    {
        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var company = await CompanyService.RequireAsync(db, companyId, cancellationToken);
        var found = await FiscalCalendar.FindAsync(db, companyId, asOfDate, cancellationToken);
        var errors = new List<ValidationError>();
        if (found is null)
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.AsOfDate), "Ngày số dư đầu kỳ không thuộc năm tài chính nào đã mở.", "The opening date is not in any open fiscal year."));
        }
        else
        {
            await ValidateAccountAsync(db, company, found.Value.Year.Regime, asOfDate, accountCode, partnerId, errors, cancellationToken);
        }

        if (book == Book.Internal && !company.UsesInternalBook)
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.Book), "Công ty chưa bật sổ quản trị.", "The company does not keep an Internal book."));
        }

        if (debit < 0 || credit < 0 || (debit > 0 && credit > 0))
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.Debit), "Số dư phải không âm và chỉ ở một bên Nợ hoặc Có.", "A balance must be non-negative and on one side only."));
        }

        if (errors.Count > 0)
        {
            throw new DocumentValidationException(errors);
        }

        var balance = await db.OpeningBalances.FirstOrDefaultAsync(
            o => o.CompanyId == companyId && o.Book == book && o.AccountCode == accountCode && o.PartnerId == partnerId, cancellationToken);
        if (balance is null)
        {
            balance = new OpeningBalance { Id = Guid.CreateVersion7(), CompanyId = companyId, Book = book, AccountCode = accountCode, PartnerId = partnerId };
            db.OpeningBalances.Add(balance);
        }

        (balance.Debit, balance.Credit, balance.AsOfDate) = (debit, credit, asOfDate);
        await unit.CommitAsync(cancellationToken);
        return balance;
    }

    private static async Task ValidateAccountAsync(
        LedgerDbContext db, Company company, AccountingRegime regime, DateOnly date, string accountCode, Guid? partnerId,
        List<ValidationError> errors, CancellationToken cancellationToken)
    {
        var chart = await ChartService.LoadAsync(db, company.Id, regime, date, cancellationToken);
        if (!chart.Exists(accountCode))
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.AccountCode), $"Tài khoản {accountCode} không có trong hệ thống tài khoản.", $"Account {accountCode} is not in the chart of accounts."));
        }
        else if (!chart.IsPostable(accountCode))
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.AccountCode), $"Tài khoản {accountCode} là tài khoản tổng hợp; nhập số dư vào tài khoản chi tiết.", $"Account {accountCode} has sub-accounts; enter the balance on a detail account."));
        }

        var needsPartner = PartnerAccounts.Any(p => accountCode.StartsWith(p, StringComparison.Ordinal));
        if (needsPartner && partnerId is null)
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.PartnerId), $"Số dư tài khoản {accountCode} phải nhập chi tiết theo đối tượng.", $"The balance of account {accountCode} must be entered per partner."));
        }
        else if (partnerId is { } id && !await db.Partners.AnyAsync(p => p.Id == id && p.CompanyId == company.Id, cancellationToken))
        {
            errors.Add(ValidationError.Of(nameof(OpeningBalance.PartnerId), "Đối tượng không thuộc công ty.", "The partner does not belong to the company."));
        }
    }
}
