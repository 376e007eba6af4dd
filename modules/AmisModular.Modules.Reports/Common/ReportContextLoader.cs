using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Modules.Reports.Common;

/// <summary>Checks a report's scope and loads its context in one read of the ledger core.</summary>
public sealed class ReportContextLoader(IStore store)
{
    /// <exception cref="ReportRequestException">Bad range, unknown company, book not kept, no fiscal year.</exception>
    public async Task<ReportContext> LoadAsync(IReportScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.From > scope.To)
        {
            throw ReportRequestException.Of(nameof(scope.From), "Từ ngày phải nhỏ hơn hoặc bằng đến ngày.", "The start date must be on or before the end date.");
        }

        if (!Enum.IsDefined(scope.Book))
        {
            throw ReportRequestException.Of(nameof(scope.Book), "Sổ phải là sổ tài chính hoặc sổ quản trị.", "The book must be Tax or Internal.");
        }

        await using var unit = await store.BeginAsync(cancellationToken);
        var db = unit.Context<LedgerDbContext>();
        var company = await RequireCompanyAsync(db, scope.CompanyId, cancellationToken);
        if (scope.Book == Book.Internal && !company.UsesInternalBook)
        {
            throw ReportRequestException.Of(nameof(scope.Book), "Công ty chưa bật sổ quản trị.", "The company does not keep an Internal (management) book.");
        }

        var found = await FiscalCalendar.FindAsync(db, company.Id, scope.From, cancellationToken)
            ?? await FiscalCalendar.FindAsync(db, company.Id, scope.To, cancellationToken)
            ?? throw ReportRequestException.Of(nameof(scope.From),
                $"Kỳ {scope.From:dd/MM/yyyy} - {scope.To:dd/MM/yyyy} không thuộc năm tài chính nào đã mở.",
                $"The range {scope.From:yyyy-MM-dd} - {scope.To:yyyy-MM-dd} is not in any open fiscal year.");
        var year = found.Year;
        var chart = await ChartService.LoadAsync(db, company.Id, year.Regime, Max(scope.From, year.StartDate), cancellationToken);
        var partners = await db.Partners.AsNoTracking().Where(p => p.CompanyId == company.Id).ToDictionaryAsync(p => p.Id, cancellationToken);
        var header = new ReportHeader(company.Id, company.Name, company.TaxCode, scope.Book, scope.From, scope.To, year.Regime);
        return new ReportContext(header, chart, partners, year);
    }

    private static async Task<Company> RequireCompanyAsync(LedgerDbContext db, Guid companyId, CancellationToken cancellationToken)
    {
        try
        {
            return await CompanyService.RequireAsync(db, companyId, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw ReportRequestException.Of("CompanyId", $"Không tìm thấy công ty {companyId}.", $"Company {companyId} was not found.");
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
