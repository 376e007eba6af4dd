using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Interchange;
using AmisModular.Printing.Tables;

namespace AmisModular.Cli.Accounting.Printing;

/// <summary>Prints a general journal voucher (Chứng từ nghiệp vụ khác) as a one-page PDF table of its lines.</summary>
public sealed class GeneralJournalPrinter(GeneralJournalService vouchers, CompanyService companies) : IDocumentPrinter
{
    public IReadOnlyCollection<string> DocumentTypes { get; } = [GeneralJournalVoucher.Type];

    public async Task PrintAsync(Guid documentId, Stream pdf, CancellationToken cancellationToken)
    {
        var voucher = await vouchers.FindAsync(documentId, cancellationToken)
            ?? throw new AmisModular.Ledger.Errors.NotFoundException("general journal voucher", documentId);
        var company = await companies.GetAsync(voucher.CompanyId, cancellationToken);
        var table = new ReportTable
        {
            Title = "CHỨNG TỪ NGHIỆP VỤ KHÁC",
            Subtitles =
            [
                $"{company.Name} - MST {company.TaxCode}",
                $"Số: {voucher.DisplayNumber}   Ngày chứng từ: {voucher.DocumentDate:dd/MM/yyyy}   Ngày hạch toán: {voucher.PostingDate:dd/MM/yyyy}",
                $"Diễn giải: {voucher.Description}",
            ],
            Columns =
            [
                new("lineNo", "STT", ReportColumnKind.Number),
                new("description", "Diễn giải"),
                new("debitAccount", "TK Nợ"),
                new("creditAccount", "TK Có"),
                new("amount", "Số tiền", ReportColumnKind.Money),
            ],
            Rows =
            [
                .. voucher.Lines.OrderBy(l => l.LineNo).Select(l => ReportRow.Detail(l.LineNo, l.Description ?? "", l.DebitAccount ?? "", l.CreditAccount ?? "", l.Amount)),
                ReportRow.Total(null, "Cộng", "", "", voucher.Lines.Where(l => l.DebitAccount is not null).Sum(l => l.Amount)),
            ],
            Footer = ["Người lập phiếu                Kế toán trưởng"],
        };
        new PdfTableWriter().Write(table, pdf);
    }
}
