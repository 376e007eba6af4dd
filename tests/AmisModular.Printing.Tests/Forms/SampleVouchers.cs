using AmisModular.Printing.Forms;

namespace AmisModular.Printing.Tests.Forms;

internal static class SampleVouchers
{
    public static CashVoucherPrintModel Receipt() => new()
    {
        Kind = CashVoucherKind.Receipt,
        CompanyName = "Công ty TNHH Thương mại Hoàng Long",
        CompanyAddress = "Số 12 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, Hà Nội",
        RegimeText = CashVoucherPrintModel.Tt99RegimeText,
        BookNumber = "01",
        VoucherNumber = "PT00001",
        VoucherDate = new DateOnly(2026, 11, 27),
        DebitAccounts = [new VoucherAccountEntry("1111")],
        CreditAccounts = [new VoucherAccountEntry("131")],
        PersonName = "Nguyễn Thị Hương",
        PersonAddress = "Công ty CP Đầu tư Ánh Dương",
        Reason = "Thu tiền hàng theo hóa đơn số 0000123",
        Amount = 1_200_000m,
        AttachedOriginalDocuments = 2,
        Signatories = new CashVoucherSignatories
        {
            Director = "Trần Văn Đức", ChiefAccountant = "Lê Thị Mai", Preparer = "Phạm Quỳnh Anh", Cashier = "Đỗ Thu Trang",
        },
    };

    public static CashVoucherPrintModel Payment() => Receipt() with
    {
        Kind = CashVoucherKind.Payment,
        VoucherNumber = "PC00007",
        DebitAccounts = [new VoucherAccountEntry("6422", 1_000_000m), new VoucherAccountEntry("1331", 100_000m)],
        CreditAccounts = [new VoucherAccountEntry("1111", 1_100_000m)],
        PersonName = "Võ Minh Tuấn",
        PersonAddress = "Phòng Hành chính",
        Reason = "Chi mua văn phòng phẩm tháng 11/2026",
        Amount = 1_100_000m,
    };
}
