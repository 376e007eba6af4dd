namespace AmisModular.Ledger.Interchange;

/// <summary>
/// One report for <c>amis report &lt;Report&gt;</c> (e.g. "trial-balance", "journal", "ledger", "cash-book"). Modules register
/// theirs with <c>services.AddSingleton&lt;IReportRenderer, …&gt;()</c>; for one name the LAST registration wins, so a
/// module's renderer replaces the CLI's core fallback. With AmisModular.Printing a renderer builds a ReportTable and
/// writes it with <c>ReportTableWriters.ForFormat(format == "table" ? "text" : format)</c>.
/// </summary>
public interface IReportRenderer
{
    string Report { get; }

    /// <summary>Writes the report in <see cref="ReportRequest.Format"/> to <paramref name="output"/> (left open).</summary>
    Task RenderAsync(ReportRequest request, Stream output, CancellationToken cancellationToken);
}
