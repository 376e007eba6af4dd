using System.Text;
using AmisModular.Printing.Formatting;
using AmisModular.Printing.Pdf;
using AmisModular.Printing.Words;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace AmisModular.Printing.Forms;

/// <summary>
/// Renders Phiếu thu (01-TT) and Phiếu chi (02-TT) on A4 portrait, laid out as the TT99 Appendix I form: unit and
/// address top left, form code and regime line top right, centred title with date, Quyển số / Số / Nợ / Có box on
/// the right, the body fields, five signature boxes and the "Đã nhận đủ số tiền" footer.
/// </summary>
public sealed class CashVoucherPdfRenderer
{
    private const double Margin = 42;
    private const double PageWidth = 595.28; // A4 in points
    private const double ContentWidth = PageWidth - (2 * Margin);
    private const double AccountBoxWidth = 150;

    private readonly VietnameseAmountInWords _words;

    public CashVoucherPdfRenderer(VietnameseAmountInWords? words = null)
    {
        _words = words ?? VietnameseAmountInWords.Default;
    }

    /// <summary>Renders the voucher and returns the PDF bytes.</summary>
    /// <exception cref="PrintModelValidationException">A field is missing or invalid; nothing was produced.</exception>
    public byte[] Render(CashVoucherPrintModel model)
    {
        using var buffer = new MemoryStream();
        Render(model, buffer);
        return buffer.ToArray();
    }

    /// <summary>Renders the voucher into <paramref name="output"/> (left open). Validates before writing anything.</summary>
    public void Render(CashVoucherPrintModel model, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        CashVoucherValidator.Validate(model);
        var m = Normalised(model);
        var texts = CashVoucherTexts.From(m, _words);

        using var document = new PdfDocument();
        document.Info.Title = $"{texts.Title} {m.VoucherNumber}";
        document.Info.Creator = "AmisModular";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Portrait;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var y = DrawHeader(gfx, m, texts, Margin);
            y = DrawTitleAndAccounts(gfx, m, texts, y + 14);
            y = DrawBody(gfx, m, texts, y + 14);
            y = DrawSignatures(gfx, m, texts, y + 12);
            DrawFooter(gfx, m, texts, y + 14);
        }

        document.Save(output, false);
    }

    private static double DrawHeader(XGraphics gfx, CashVoucherPrintModel m, CashVoucherTexts t, double y)
    {
        const double leftWidth = 290;
        var rightX = Margin + leftWidth + 10;
        var rightWidth = ContentWidth - leftWidth - 10;
        var left = PdfText.Field(gfx, "Đơn vị:", m.CompanyName, PdfFonts.Bold(10), PdfFonts.Bold(10), Margin, y, leftWidth);
        left = PdfText.Field(gfx, "Địa chỉ:", CashVoucherTexts.Or(m.CompanyAddress), PdfFonts.Regular(10),
            PdfFonts.Regular(10), Margin, left, leftWidth);
        var right = PdfText.Block(gfx, t.FormCode, PdfFonts.Bold(10), rightX, y, rightWidth, XStringFormats.TopCenter);
        right = PdfText.Block(gfx, m.RegimeText, PdfFonts.Italic(8), rightX, right, rightWidth, XStringFormats.TopCenter);
        return Math.Max(left, right);
    }

    private static double DrawTitleAndAccounts(XGraphics gfx, CashVoucherPrintModel m, CashVoucherTexts t, double y)
    {
        var title = PdfFonts.Bold(18);
        PdfText.Line(gfx, t.Title, title, Margin, y, ContentWidth, XStringFormats.TopCenter);
        var centre = y + PdfText.LineHeight(title);
        PdfText.Line(gfx, VietnameseFormat.DatePhrase(m.VoucherDate), PdfFonts.Italic(10), Margin, centre, ContentWidth,
            XStringFormats.TopCenter);
        centre += PdfText.LineHeight(PdfFonts.Italic(10));

        var boxX = Margin + ContentWidth - AccountBoxWidth;
        var font = PdfFonts.Regular(10);
        var box = PdfText.Field(gfx, "Quyển số:", CashVoucherTexts.Or(m.BookNumber), font, font, boxX, y, AccountBoxWidth);
        box = PdfText.Field(gfx, "Số:", m.VoucherNumber, font, PdfFonts.Bold(10), boxX, box, AccountBoxWidth);
        box = DrawAccounts(gfx, "Nợ:", m.DebitAccounts, m.CurrencyCode, boxX, box);
        box = DrawAccounts(gfx, "Có:", m.CreditAccounts, m.CurrencyCode, boxX, box);
        return Math.Max(centre, box);
    }

    private static double DrawAccounts(XGraphics gfx, string label, IReadOnlyList<VoucherAccountEntry> entries,
        string currency, double x, double y)
    {
        var font = PdfFonts.Regular(10);
        const double accountX = 28;
        PdfText.Line(gfx, label, font, x, y, AccountBoxWidth, XStringFormats.TopLeft);
        foreach (var entry in entries)
        {
            PdfText.Line(gfx, entry.Account, font, x + accountX, y, AccountBoxWidth - accountX, XStringFormats.TopLeft);
            if (entry.Amount is { } amount)
            {
                PdfText.Line(gfx, VietnameseFormat.MoneyIn(amount, currency), font, x, y, AccountBoxWidth,
                    XStringFormats.TopRight);
            }

            y += PdfText.LineHeight(font);
        }

        return y;
    }

    private static double DrawBody(XGraphics gfx, CashVoucherPrintModel m, CashVoucherTexts t, double y)
    {
        var label = PdfFonts.Regular(11);
        var value = PdfFonts.Regular(11);
        y = PdfText.Field(gfx, t.PersonLabel, m.PersonName, label, PdfFonts.Bold(11), Margin, y, ContentWidth);
        y = PdfText.Field(gfx, "Địa chỉ:", CashVoucherTexts.Or(m.PersonAddress), label, value, Margin, y, ContentWidth);
        y = PdfText.Field(gfx, t.ReasonLabel, m.Reason, label, value, Margin, y, ContentWidth);
        y = PdfText.Field(gfx, "Số tiền:", t.AmountText, label, PdfFonts.Bold(11), Margin, y, ContentWidth);
        y = PdfText.Field(gfx, "Viết bằng chữ:", t.AmountInWords, label, PdfFonts.Italic(11), Margin, y, ContentWidth);
        var attached = m.AttachedOriginalDocuments is { } n ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : "..........";
        return PdfText.Field(gfx, "Kèm theo:", attached + " chứng từ gốc", label, value, Margin, y, ContentWidth);
    }

    private static double DrawSignatures(XGraphics gfx, CashVoucherPrintModel m, CashVoucherTexts t, double y)
    {
        var dateFont = PdfFonts.Italic(10);
        const double dateWidth = 200;
        PdfText.Line(gfx, VietnameseFormat.DatePhrase(m.VoucherDate), dateFont, Margin + ContentWidth - dateWidth, y,
            dateWidth, XStringFormats.TopCenter);
        y += PdfText.LineHeight(dateFont) + 2;

        var columnWidth = ContentWidth / t.SignatureTitles.Length;
        var bottom = y;
        for (var i = 0; i < t.SignatureTitles.Length; i++)
        {
            var x = Margin + (i * columnWidth);
            var hint = i == 0 ? "(Ký, họ tên, đóng dấu)" : "(Ký, họ tên)";
            var below = PdfText.Block(gfx, t.SignatureTitles[i], PdfFonts.Bold(10), x, y, columnWidth, XStringFormats.TopCenter);
            below = PdfText.Block(gfx, hint, PdfFonts.Italic(8), x, below, columnWidth, XStringFormats.TopCenter);
            below = PdfText.Block(gfx, t.SignatureNames[i] ?? string.Empty, PdfFonts.Bold(10), x, below + 56, columnWidth,
                XStringFormats.TopCenter);
            bottom = Math.Max(bottom, below);
        }

        return bottom;
    }

    private static void DrawFooter(XGraphics gfx, CashVoucherPrintModel m, CashVoucherTexts t, double y)
    {
        var font = PdfFonts.Regular(10);
        y = PdfText.Field(gfx, "Đã nhận đủ số tiền (viết bằng chữ):", t.AmountInWords, font, PdfFonts.Italic(10),
            Margin, y, ContentWidth);
        var foreign = !string.Equals(m.CurrencyCode, "VND", StringComparison.OrdinalIgnoreCase);
        var rate = foreign && m.ExchangeRate is { } r ? VietnameseFormat.Number(r, 2).TrimEnd('0').TrimEnd(',') : null;
        var converted = foreign ? m.ConvertedAmount ?? (m.Amount * m.ExchangeRate) : null;
        var convertedText = converted is { } c ? VietnameseFormat.Money(c) + " VND" : null;
        y = PdfText.Field(gfx, "+ Tỷ giá ngoại tệ (vàng bạc, đá quý):", CashVoucherTexts.Or(rate), font, font, Margin, y,
            ContentWidth);
        y = PdfText.Field(gfx, "+ Số tiền quy đổi:", CashVoucherTexts.Or(convertedText), font, font, Margin, y,
            ContentWidth);
        PdfText.Line(gfx, "(Liên gửi ra ngoài phải đóng dấu)", PdfFonts.Italic(9), Margin, y + 4, ContentWidth,
            XStringFormats.TopLeft);
    }

    // Decomposed diacritics (NFD, common in pasted text) would draw as separate marks; fonts carry NFC glyphs.
    private static CashVoucherPrintModel Normalised(CashVoucherPrintModel m) => m with
    {
        CompanyName = Nfc(m.CompanyName)!,
        CompanyAddress = Nfc(m.CompanyAddress),
        FormCode = Nfc(m.FormCode),
        RegimeText = Nfc(m.RegimeText)!,
        PersonName = Nfc(m.PersonName)!,
        PersonAddress = Nfc(m.PersonAddress),
        Reason = Nfc(m.Reason)!,
        AmountInWords = Nfc(m.AmountInWords),
        Signatories = m.Signatories with
        {
            Director = Nfc(m.Signatories.Director),
            ChiefAccountant = Nfc(m.Signatories.ChiefAccountant),
            Counterparty = Nfc(m.Signatories.Counterparty),
            Preparer = Nfc(m.Signatories.Preparer),
            Cashier = Nfc(m.Signatories.Cashier),
        },
    };

    private static string? Nfc(string? s) => s?.Normalize(NormalizationForm.FormC);
}
