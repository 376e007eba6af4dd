namespace AmisModular.Ledger.Interchange;

/// <summary>
/// Prints one document type as PDF for <c>amis print &lt;doc&gt; --out file.pdf</c> (e.g. cash.receipt as 01-TT). Modules
/// register theirs with <c>services.AddSingleton&lt;IDocumentPrinter, …&gt;()</c>; the last registration for a type wins.
/// </summary>
public interface IDocumentPrinter
{
    IReadOnlyCollection<string> DocumentTypes { get; }

    /// <summary>Writes the PDF of <paramref name="documentId"/> to <paramref name="pdf"/> (left open).</summary>
    Task PrintAsync(Guid documentId, Stream pdf, CancellationToken cancellationToken);
}
