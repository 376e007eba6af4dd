using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Reports.GeneralLedger;

namespace AmisModular.Modules.Reports.Cli;

/// <summary><c>amis report ledger --account 111</c>: Sổ Cái (S03b-DN) of one account with its sub-accounts.</summary>
public sealed class GeneralLedgerReportRenderer(IReportService reports) : IReportRenderer
{
    public string Report => "ledger";

    public Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Account))
        {
            throw new DocumentValidationException([ValidationError.Of("--account",
                "Sổ cái cần --account (ví dụ 111 hoặc 1111).", "The ledger needs --account (e.g. 111 or 1111).")]);
        }

        var ledgerRequest = new GeneralLedgerRequest(request.CompanyId, request.Book, request.Account.Trim(), request.From, request.To);
        return ReportRendering.WriteAsync(
            async () => (await reports.GeneralLedgerAsync(ledgerRequest, cancellationToken)).ToTable(), request.Format, output);
    }
}
