using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.GeneralJournal;
using AmisModular.Ledger.Periods;

namespace AmisModular.Modules.Reports.Tests.Support;

/// <summary>
/// January 2026 (TT99) of a small trading company, built by hand from the domain rules (§2.2) and shared by the
/// report tests. Company sub-accounts 11211 (Vietcombank) and 11212 (BIDV) under 1121.
///
/// Opening balances at 01/01/2026, both books:
///   1111 Dr 100,000,000 | 11211 Dr 500,000,000 | 131 A Dr 30,000,000 | 131 B Cr 5,000,000 (advance from B)
///   211 Dr 60,000,000 (never moves) | 331 X Cr 40,000,000 | 331 Y Dr 8,000,000 (prepaid to Y) | 4111 Cr 653,000,000
///   Σ Dr = 100 + 500 + 30 + 60 + 8 = 698,000,000;  Σ Cr = 5 + 40 + 653 = 698,000,000.
///
/// Entries (both books unless said), with Tax numbers:
///   e1 03/01 NVK00001 cash sale, VAT 10 %: Nợ 1111 22,000,000 / Có 5111 20,000,000, Có 33311 2,000,000
///   e2 05/01 NVK00002 goods on credit from X: Nợ 156 50,000,000, Nợ 1331 5,000,000 / Có 331 X 55,000,000
///   e3 10/01 NVK00003 bank payment to X: Nợ 331 X / Có 11211 45,000,000
///   e4 12/01 NVK00004 customer A pays cash: Nợ 1111 / Có 131 A 25,000,000
///   e5 15/01 NVK00005 transfer Vietcombank → BIDV: Nợ 11212 / Có 11211 100,000,000
///   e8 20/01 INTERNAL BOOK ONLY (Internal NVK00006): Nợ 6428 / Có 1111 3,000,000
///   e6 25/01 NVK00006 salary accrual: Nợ 6421 / Có 334 30,000,000
///   e9 28/01 NVK00007 sale on credit to B: Nợ 131 B 3,300,000 / Có 5111 3,000,000, Có 33311 300,000
///   e7 31/01 NVK00008 salary paid in cash: Nợ 334 / Có 1111 30,000,000
///   e10 05/02 NVK00009 customer A pays into BIDV: Nợ 11212 / Có 131 A 5,000,000
/// </summary>
public static class WorkedMonth
{
    public static async Task<(Partner A, Partner B, Partner X, Partner Y)> SeedAsync(ReportsHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var chart = host.Get<ChartService>();
        await chart.OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "1121", "11211", "Tiền gửi VND - Vietcombank", "VND deposits - Vietcombank", CancellationToken.None);
        await chart.OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "1121", "11212", "Tiền gửi VND - BIDV", "VND deposits - BIDV", CancellationToken.None);
        var a = await host.PartnerAsync("KH-A", "Công ty An Phát", PartnerKinds.Customer);
        var b = await host.PartnerAsync("KH-B", "Cửa hàng Bình Minh", PartnerKinds.Customer);
        var x = await host.PartnerAsync("NCC-X", "Công ty Xuân Thành", PartnerKinds.Vendor);
        var y = await host.PartnerAsync("NCC-Y", "Công ty Yên Hòa", PartnerKinds.Vendor);

        Book[] both = [Book.Tax, Book.Internal];
        await host.OpeningAsync("1111", null, 100_000_000m, 0m, both);
        await host.OpeningAsync("11211", null, 500_000_000m, 0m, both);
        await host.OpeningAsync("131", a.Id, 30_000_000m, 0m, both);
        await host.OpeningAsync("131", b.Id, 0m, 5_000_000m, both);
        await host.OpeningAsync("211", null, 60_000_000m, 0m, both);
        await host.OpeningAsync("331", x.Id, 0m, 40_000_000m, both);
        await host.OpeningAsync("331", y.Id, 8_000_000m, 0m, both);
        await host.OpeningAsync("4111", null, 0m, 653_000_000m, both);

        await host.EntryAsync("2026-01-03", BookSet.Both, "Bán hàng thu tiền mặt",
            new GeneralJournalDraftLine("1111", null, 22_000_000m),
            new GeneralJournalDraftLine(null, "5111", 20_000_000m),
            new GeneralJournalDraftLine(null, "33311", 2_000_000m));
        await host.EntryAsync("2026-01-05", BookSet.Both, "Mua hàng chưa thanh toán",
            new GeneralJournalDraftLine("156", null, 50_000_000m),
            new GeneralJournalDraftLine("1331", null, 5_000_000m),
            new GeneralJournalDraftLine(null, "331", 55_000_000m, CreditPartnerId: x.Id));
        await host.EntryAsync("2026-01-10", BookSet.Both, "Trả tiền nhà cung cấp X",
            new GeneralJournalDraftLine("331", "11211", 45_000_000m, DebitPartnerId: x.Id));
        await host.EntryAsync("2026-01-12", BookSet.Both, "Khách hàng A trả nợ",
            new GeneralJournalDraftLine("1111", "131", 25_000_000m, CreditPartnerId: a.Id));
        await host.EntryAsync("2026-01-15", BookSet.Both, "Chuyển tiền Vietcombank sang BIDV",
            new GeneralJournalDraftLine("11212", "11211", 100_000_000m));
        await host.EntryAsync("2026-01-20", BookSet.Internal, "Chi phí tiếp khách không hóa đơn",
            new GeneralJournalDraftLine("6428", "1111", 3_000_000m));
        await host.EntryAsync("2026-01-25", BookSet.Both, "Hạch toán lương tháng 1",
            new GeneralJournalDraftLine("6421", "334", 30_000_000m));
        await host.EntryAsync("2026-01-28", BookSet.Both, "Bán hàng cho B chưa thu tiền",
            new GeneralJournalDraftLine("131", null, 3_300_000m, DebitPartnerId: b.Id),
            new GeneralJournalDraftLine(null, "5111", 3_000_000m),
            new GeneralJournalDraftLine(null, "33311", 300_000m));
        await host.EntryAsync("2026-01-31", BookSet.Both, "Trả lương tháng 1",
            new GeneralJournalDraftLine("334", "1111", 30_000_000m));
        await host.EntryAsync("2026-02-05", BookSet.Both, "Khách hàng A chuyển khoản",
            new GeneralJournalDraftLine("11212", "131", 5_000_000m, CreditPartnerId: a.Id));
        return (a, b, x, y);
    }
}
