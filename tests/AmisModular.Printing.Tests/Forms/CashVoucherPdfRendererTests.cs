using AmisModular.Printing.Forms;
using AmisModular.Printing.Tests.Support;

namespace AmisModular.Printing.Tests.Forms;

public class CashVoucherPdfRendererTests
{
    [Fact]
    public void Render_Receipt_IsOnePageWithVietnameseText()
    {
        using var dir = new TempDirectory();
        var path = dir.File("phieu-thu.pdf");
        File.WriteAllBytes(path, new CashVoucherPdfRenderer().Render(SampleVouchers.Receipt()));

        Assert.Equal(1, PdfInspector.PageCount(path));
        var text = PdfInspector.Text(path);
        Assert.Contains("PHIẾU THU", text, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 01 - TT", text, StringComparison.Ordinal);
        Assert.Contains("(Ban hành theo Thông tư số 99/2025/TT-BTC ngày 27/10/2025 của Bộ Tài chính)", text, StringComparison.Ordinal);
        Assert.Contains("Viết bằng chữ: Một triệu hai trăm nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("Số tiền: 1.200.000 VND", text, StringComparison.Ordinal);
        Assert.Contains("Họ và tên người nộp tiền: Nguyễn Thị Hương", text, StringComparison.Ordinal);
        Assert.Contains("Lý do nộp: Thu tiền hàng theo hóa đơn số 0000123", text, StringComparison.Ordinal);
        Assert.Contains("Ngày 27 tháng 11 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("Kèm theo: 02 chứng từ gốc", text, StringComparison.Ordinal);
        Assert.Contains("Đã nhận đủ số tiền (viết bằng chữ): Một triệu hai trăm nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("(Liên gửi ra ngoài phải đóng dấu)", text, StringComparison.Ordinal);
        Assert.Contains("Đơn vị: Công ty TNHH Thương mại Hoàng Long", text, StringComparison.Ordinal);
        foreach (var caption in new[] { "Giám đốc", "Kế toán trưởng", "Người nộp tiền", "Người lập phiếu", "Thủ quỹ", "(Ký, họ tên, đóng dấu)" })
        {
            Assert.Contains(caption, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_Payment_ShowsPaymentWordingAndEveryAccount()
    {
        using var dir = new TempDirectory();
        var path = dir.File("phieu-chi.pdf");
        using (var file = File.Create(path))
        {
            new CashVoucherPdfRenderer().Render(SampleVouchers.Payment(), file);
        }

        Assert.Equal(1, PdfInspector.PageCount(path));
        var text = PdfInspector.Text(path);
        Assert.Contains("PHIẾU CHI", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PHIẾU THU", text, StringComparison.Ordinal);
        Assert.Contains("Mẫu số 02 - TT", text, StringComparison.Ordinal);
        Assert.Contains("Họ và tên người nhận tiền: Võ Minh Tuấn", text, StringComparison.Ordinal);
        Assert.Contains("Lý do chi: Chi mua văn phòng phẩm tháng 11/2026", text, StringComparison.Ordinal);
        Assert.Contains("Viết bằng chữ: Một triệu một trăm nghìn đồng", text, StringComparison.Ordinal);
        Assert.Contains("Người nhận tiền", text, StringComparison.Ordinal);
        foreach (var account in new[] { "6422", "1331", "1111", "1.000.000", "100.000", "1.100.000" })
        {
            Assert.Contains(account, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_ForeignCurrency_PrintsRateConvertedAmountAndCurrencyWords()
    {
        using var dir = new TempDirectory();
        var path = dir.File("usd.pdf");
        var model = SampleVouchers.Receipt() with { Amount = 1_200.5m, CurrencyCode = "USD", ExchangeRate = 25_400m };
        File.WriteAllBytes(path, new CashVoucherPdfRenderer().Render(model));

        var text = PdfInspector.Text(path);
        Assert.Contains("Số tiền: 1.200,50 USD", text, StringComparison.Ordinal);
        Assert.Contains("Một nghìn hai trăm đô la Mỹ và năm mươi xu", text, StringComparison.Ordinal);
        Assert.Contains("+ Tỷ giá ngoại tệ (vàng bạc, đá quý): 25.400", text, StringComparison.Ordinal);
        Assert.Contains("+ Số tiền quy đổi: 30.492.700 VND", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DecomposedDiacritics_AreNormalisedBeforeDrawing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("nfd.pdf");
        var model = SampleVouchers.Receipt() with { PersonName = "Nguyễn Thị Hương".Normalize(System.Text.NormalizationForm.FormD) };
        File.WriteAllBytes(path, new CashVoucherPdfRenderer().Render(model));

        Assert.Contains("Nguyễn Thị Hương", PdfInspector.Text(path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PersonName")]
    [InlineData("Reason")]
    [InlineData("VoucherNumber")]
    [InlineData("CompanyName")]
    public void Render_MissingRequiredText_ThrowsNamingTheFieldAndWritesNothing(string field)
    {
        var model = field switch
        {
            "PersonName" => SampleVouchers.Receipt() with { PersonName = " " },
            "Reason" => SampleVouchers.Receipt() with { Reason = "" },
            "VoucherNumber" => SampleVouchers.Receipt() with { VoucherNumber = "" },
            _ => SampleVouchers.Receipt() with { CompanyName = "" },
        };
        using var output = new MemoryStream();

        var e = Assert.Throws<PrintModelValidationException>(() => new CashVoucherPdfRenderer().Render(model, output));

        Assert.Equal(field, e.Field);
        Assert.Contains("không được để trống", e.MessageVi, StringComparison.Ordinal);
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Render_NonPositiveAmount_Throws()
    {
        var e = Assert.Throws<PrintModelValidationException>(() =>
            new CashVoucherPdfRenderer().Render(SampleVouchers.Receipt() with { Amount = 0m }));
        Assert.Equal("Amount", e.Field);
    }

    [Fact]
    public void Render_NoCreditAccount_Throws()
    {
        var e = Assert.Throws<PrintModelValidationException>(() =>
            new CashVoucherPdfRenderer().Render(SampleVouchers.Receipt() with { CreditAccounts = [] }));
        Assert.Equal("CreditAccounts", e.Field);
    }
}
