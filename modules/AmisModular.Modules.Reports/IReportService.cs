using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.TrialBalance;

namespace AmisModular.Modules.Reports;

/// <summary>What the CLI and the shell call: each report as typed rows; <c>ToTable()</c> on a result prints it.</summary>
public interface IReportService
{
    /// <summary>Bảng cân đối tài khoản (S06-DN).</summary>
    Task<TrialBalanceResult> TrialBalanceAsync(TrialBalanceRequest request, CancellationToken cancellationToken);

    /// <summary>Sổ Nhật ký chung (S03a-DN).</summary>
    Task<GeneralJournalResult> GeneralJournalAsync(GeneralJournalRequest request, CancellationToken cancellationToken);

    /// <summary>Sổ Cái (S03b-DN) of one account with its sub-accounts.</summary>
    Task<GeneralLedgerResult> GeneralLedgerAsync(GeneralLedgerRequest request, CancellationToken cancellationToken);
}
