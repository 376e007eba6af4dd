using AmisModular.Ledger.Interchange;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Printing;

namespace AmisModular.Modules.Cash.Cli;

/// <summary><c>amis print PT00001 --out phieu-thu.pdf</c>: Phiếu thu as 01-TT, Phiếu chi as 02-TT, with the module's print settings.</summary>
public sealed class CashVoucherDocumentPrinter(CashVoucherPrinter printer) : IDocumentPrinter
{
    public IReadOnlyCollection<string> DocumentTypes { get; } = [CashDocumentTypes.Receipt, CashDocumentTypes.Payment];

    public async Task PrintAsync(Guid documentId, Stream pdf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var bytes = await printer.RenderPdfAsync(documentId, null, cancellationToken);
        await pdf.WriteAsync(bytes, cancellationToken);
    }
}
