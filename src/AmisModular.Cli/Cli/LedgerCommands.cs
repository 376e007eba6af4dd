using AmisModular.Cli.Commands.Account;
using AmisModular.Cli.Commands.Book;
using AmisModular.Cli.Commands.Company;
using AmisModular.Cli.Commands.Doc;
using AmisModular.Cli.Commands.Partner;
using AmisModular.Cli.Commands.Period;
using AmisModular.Cli.Commands.Print;
using AmisModular.Cli.Commands.Report;
using Spectre.Console.Cli;

namespace AmisModular.Cli.Cli;

/// <summary>The ledger command groups: company, book, period, account, partner, doc, report, print.</summary>
internal static class LedgerCommands
{
    public static void Add(IConfigurator config)
    {
        config.AddBranch("company", company =>
        {
            company.SetDescription("Công ty (đơn vị kế toán) / companies");
            company.AddCommand<CreateCompanyCommand>("create")
                .WithDescription("Tạo công ty và năm tài chính đầu tiên / create a company and its first fiscal year")
                .WithExample("company", "create", "--name", "Công ty TNHH An Bình", "--tax-code", "0101234567", "--regime", "TT99", "--fiscal-year", "2026");
            company.AddCommand<ListCompaniesCommand>("list").WithDescription("Liệt kê công ty / list companies");
            company.AddCommand<UseCompanyCommand>("use").WithDescription("Chọn công ty làm việc / choose the current company")
                .WithExample("company", "use", "0101234567");
        });
        config.AddBranch("book", book =>
        {
            book.SetDescription("Sổ kế toán và số dư đầu kỳ / books and opening balances");
            book.AddCommand<ListBooksCommand>("list").WithDescription("Các sổ và năm tài chính / books and fiscal years");
            book.AddCommand<OpeningBalanceCommand>("opening").WithDescription("Nhập số dư đầu kỳ một tài khoản / set one opening balance")
                .WithExample("book", "opening", "--book", "Tax", "--account", "1111", "--debit", "100000000");
        });
        config.AddBranch("period", period =>
        {
            period.SetDescription("Kỳ kế toán, khóa sổ / accounting periods, locking");
            period.AddCommand<ListPeriodsCommand>("list").WithDescription("Các kỳ và trạng thái khóa / periods and their lock state");
            period.AddCommand<LockPeriodsCommand>("lock").WithData(LockPeriodsCommand.Lock)
                .WithDescription("Khóa sổ đến ngày / lock every period through the date").WithExample("period", "lock", "--to", "2026-01-31");
            period.AddCommand<LockPeriodsCommand>("unlock").WithData("unlock")
                .WithDescription("Bỏ khóa sổ: ngày khóa mới, mở các kỳ sau đó / unlock: new lock date, opens the periods after it")
                .WithExample("period", "unlock", "--to", "2025-12-31");
        });
        config.AddBranch("account", account =>
        {
            account.SetDescription("Hệ thống tài khoản / chart of accounts");
            account.AddCommand<AddAccountCommand>("add").WithDescription("Mở tài khoản chi tiết / open a sub-account")
                .WithExample("account", "add", "11211", "--parent", "1121", "--name", "Tiền gửi VCB");
        });
        config.AddBranch("partner", partner =>
        {
            partner.SetDescription("Đối tượng (khách hàng, nhà cung cấp, nhân viên) / partners");
            partner.AddCommand<AddPartnerCommand>("add").WithDescription("Thêm đối tượng / add a partner")
                .WithExample("partner", "add", "KH001", "--name", "Công ty ABC", "--kind", "customer");
        });
        AddDocuments(config);
        AddReports(config);
        config.AddCommand<PrintCommand>("print").WithDescription("In chứng từ ra PDF / print a document to PDF")
            .WithExample("print", "NVK00001", "--out", "nvk.pdf");
    }

    private static void AddDocuments(IConfigurator config) =>
        config.AddBranch("doc", doc =>
        {
            doc.SetDescription("Chứng từ: nhập, xuất, ghi sổ / documents: import, export, post");
            doc.AddCommand<ImportDocumentsCommand>("import")
                .WithDescription("Nhập tệp JSON, tất cả hoặc không gì / import a JSON file, all or nothing").WithExample("doc", "import", "vouchers.json");
            doc.AddCommand<ExportDocumentsCommand>("export")
                .WithDescription("Xuất chứng từ ra JSON nhập lại được / export documents to re-importable JSON").WithExample("doc", "export", "--out", "all.json");
            doc.AddCommand<PostDocumentCommand>("post").WithData(PostDocumentCommand.Post)
                .WithDescription("Ghi sổ / post").WithExample("doc", "post", "NVK00001");
            doc.AddCommand<PostDocumentCommand>("unpost").WithData("unpost")
                .WithDescription("Bỏ ghi / unpost").WithExample("doc", "unpost", "NVK00001");
        });

    private static void AddReports(IConfigurator config) =>
        config.AddBranch("report", report =>
        {
            report.SetDescription("Báo cáo / reports");
            report.AddCommand<ReportCommand>("trial-balance").WithData("trial-balance")
                .WithDescription("Bảng cân đối tài khoản / trial balance").WithExample("report", "trial-balance", "--book", "Tax", "--from", "2026-01-01", "--to", "2026-01-31");
            report.AddCommand<ReportCommand>("journal").WithData("journal").WithDescription("Sổ Nhật ký chung / general journal");
            report.AddCommand<ReportCommand>("ledger").WithData("ledger").WithDescription("Sổ cái một tài khoản / general ledger of an account (--account)");
            report.AddCommand<ReportCommand>("cash-book").WithData("cash-book").WithDescription("Sổ quỹ tiền mặt (mô-đun cash) / cash book (cash module)");
        });
}
