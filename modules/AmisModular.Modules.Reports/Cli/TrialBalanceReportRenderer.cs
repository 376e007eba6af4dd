using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Reports.TrialBalance;

namespace AmisModular.Modules.Reports.Cli;

/// <summary>
/// <c>amis report trial-balance</c>: Bảng cân đối tài khoản (S06-DN) with level-1 roll-ups, two-sided accounts gross by
/// partner; <c>--account</c> narrows it to that account and its sub-accounts, with partners. Registered after the CLI's core fallback of the same name, so it replaces it.
/// </summary>
public sealed class TrialBalanceReportRenderer(IReportService reports) : IReportRenderer
{
    public string Report => "trial-balance";

    public Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReportRendering.WriteAsync(
            async () =>
            {
                // --account narrows the report to that account and shows its partners (the question asked is "who owes what on 131").
                var account = string.IsNullOrWhiteSpace(request.Account) ? null : request.Account;
                var result = await reports.TrialBalanceAsync(
                    new TrialBalanceRequest(request.CompanyId, request.Book, request.From, request.To, ShowPartners: account is not null), cancellationToken);
                return (account is null ? result : TrialBalanceAccountFilter.ForAccount(result, account)).ToTable();
            },
            request.Format, output);
    }
}
