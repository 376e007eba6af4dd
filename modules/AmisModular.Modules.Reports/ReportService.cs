using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.TrialBalance;

namespace AmisModular.Modules.Reports;

public sealed class ReportService(TrialBalanceReport trialBalance, GeneralJournalReport generalJournal, GeneralLedgerReport generalLedger)
    : IReportService
{
    public Task<TrialBalanceResult> TrialBalanceAsync(TrialBalanceRequest request, CancellationToken cancellationToken) =>
        trialBalance.BuildAsync(request, cancellationToken);

    public Task<GeneralJournalResult> GeneralJournalAsync(GeneralJournalRequest request, CancellationToken cancellationToken) =>
        generalJournal.BuildAsync(request, cancellationToken);

    public Task<GeneralLedgerResult> GeneralLedgerAsync(GeneralLedgerRequest request, CancellationToken cancellationToken) =>
        generalLedger.BuildAsync(request, cancellationToken);
}
