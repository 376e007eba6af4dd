using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>
/// Builds S06-DN: per detail account the opening, period and closing figures (two-sided accounts gross by partner),
/// roll-up rows for every parent account, grand totals and the check that they balance.
/// </summary>
public sealed class TrialBalanceReport(ReportContextLoader loader, LedgerQueries queries, PartnerBalanceQueries partnerQueries, ReportsOptions options)
{
    /// <exception cref="ReportRequestException">A bad request field (range, book, company, two-sided account code).</exception>
    public async Task<TrialBalanceResult> BuildAsync(TrialBalanceRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var twoSided = CheckTwoSided(request.TwoSidedAccounts ?? options.TwoSidedAccounts);
        var context = await loader.LoadAsync(request, cancellationToken);
        var rows = await queries.TrialBalanceAsync(request.CompanyId, request.Book, request.From, request.To, cancellationToken);
        var partners = await partnerQueries.PartnerBalancesAsync(request.CompanyId, request.Book, twoSided, request.From, request.To, cancellationToken);
        var details = rows.Select(row => Figures(row, twoSided, partners, context)).ToList();
        var totals = new TrialBalanceTotals(
            details.Select(d => d.Opening).Sum(), details.Select(d => d.Period).Sum(), details.Select(d => d.Closing).Sum());
        var lines = TrialBalanceRollUp.Build(details, context);
        return new TrialBalanceResult(context.Header, lines, totals, TrialBalanceCheck.Check(totals), request.ShowPartners);
    }

    private static AccountFigures Figures(
        TrialBalanceRow row, IReadOnlyList<string> twoSided, IReadOnlyList<PartnerBalanceRow> partners, ReportContext context)
    {
        if (!twoSided.Any(code => row.AccountCode.StartsWith(code, StringComparison.Ordinal)))
        {
            // The ledger keeps partner accounts gross by partner; an account the report is told to show one-sided is netted here.
            return new AccountFigures(row.AccountCode, row.Opening.Netted(), row.Period, row.Closing.Netted(), false, []);
        }

        var header = context.Header;
        var perPartner = partners.Where(p => p.AccountCode == row.AccountCode).Select(p => new TrialBalancePartnerLine(
            p.PartnerId, context.PartnerCode(p.PartnerId), context.PartnerName(p.PartnerId), p.Opening, p.Period, p.Closing,
            new FigureSource(header.CompanyId, header.Book, p.AccountCode, p.PartnerId, header.From, header.To)))
            .OrderBy(p => p.PartnerCode ?? "", StringComparer.Ordinal).ToList();

        // Dư hai bên: debit balances and credit balances of partners are summed separately, never netted.
        return new AccountFigures(row.AccountCode, perPartner.Select(p => p.Opening).Sum(), row.Period,
            perPartner.Select(p => p.Closing).Sum(), true, perPartner);
    }

    private static List<string> CheckTwoSided(IReadOnlyList<string> codes)
    {
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code) || !code.All(char.IsAsciiDigit))
            {
                throw ReportRequestException.Of("TwoSidedAccounts",
                    $"Tài khoản lưỡng tính '{code}' không hợp lệ: số hiệu tài khoản chỉ gồm chữ số.",
                    $"Two-sided account '{code}' is invalid: an account code is digits only.");
            }
        }

        return [.. codes];
    }
}
