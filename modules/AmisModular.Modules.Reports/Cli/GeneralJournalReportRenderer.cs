using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Reports.GeneralJournal;

namespace AmisModular.Modules.Reports.Cli;

/// <summary><c>amis report journal</c>: Sổ Nhật ký chung (S03a-DN) of the book and range.</summary>
public sealed class GeneralJournalReportRenderer(IReportService reports) : IReportRenderer
{
    public string Report => "journal";

    public Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ReportRendering.WriteAsync(
            async () => (await reports.GeneralJournalAsync(new GeneralJournalRequest(request.CompanyId, request.Book, request.From, request.To), cancellationToken)).ToTable(),
            request.Format, output);
    }
}
