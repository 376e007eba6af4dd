using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>Every label of the report pages, Vietnamese first.</summary>
public static class Texts
{
    public static readonly LocalizedText TrialBalance = new("Bảng cân đối tài khoản", "Trial balance");
    public static readonly LocalizedText GeneralJournal = new("Sổ Nhật ký chung", "General journal");
    public static readonly LocalizedText GeneralLedger = new("Sổ cái", "General ledger");
    public static readonly LocalizedText Document = new("Chứng từ", "Document");
    public static readonly LocalizedText TaxBook = new("Sổ tài chính", "Financial book");
    public static readonly LocalizedText InternalBook = new("Sổ quản trị", "Management book");
    public static readonly LocalizedText Book = new("Sổ", "Book");
    public static readonly LocalizedText From = new("Từ ngày", "From");
    public static readonly LocalizedText To = new("Đến ngày", "To");
    public static readonly LocalizedText Run = new("Xem (Enter)", "View (Enter)");
    public static readonly LocalizedText ReloadHint = new("F5: nạp lại", "F5: reload");
    public static readonly LocalizedText Pdf = new("PDF", "PDF");
    public static readonly LocalizedText Xlsx = new("Excel", "Excel");
    public static readonly LocalizedText Download = new("Tải về", "Download");
    public static readonly LocalizedText Loading = new("Đang lấy số liệu…", "Loading…");
    public static readonly LocalizedText NoCompany = new("Chưa chọn công ty làm việc.", "No company selected.");
    public static readonly LocalizedText NoData = new("Không có số liệu trong kỳ.", "No figures in this period.");
    public static readonly LocalizedText ShowPartners = new("Chi tiết theo đối tượng", "Detail by partner");
    public static readonly LocalizedText Account = new("Tài khoản", "Account");
    public static readonly LocalizedText AccountHint = new("Gõ một phần số hiệu hoặc tên", "Type part of a code or name");
    public static readonly LocalizedText AccountRequired = new("Chọn tài khoản để xem sổ cái.", "Choose an account to see its ledger.");
    public static readonly LocalizedText Partner = new("Đối tượng", "Partner");
    public static readonly LocalizedText AllPartners = new("Bỏ lọc đối tượng", "All partners");
    public static readonly LocalizedText AccountCode = new("Số hiệu TK", "Account");
    public static readonly LocalizedText AccountName = new("Tên tài khoản", "Account name");
    public static readonly LocalizedText Opening = new("Số dư đầu kỳ", "Opening balance");
    public static readonly LocalizedText Period = new("Số phát sinh trong kỳ", "Period movement");
    public static readonly LocalizedText Closing = new("Số dư cuối kỳ", "Closing balance");
    public static readonly LocalizedText Debit = new("Nợ", "Debit");
    public static readonly LocalizedText Credit = new("Có", "Credit");
    public static readonly LocalizedText Total = new("Tổng cộng", "Total");
    public static readonly LocalizedText PeriodTotal = new("Cộng số phát sinh trong kỳ", "Period total");
    public static readonly LocalizedText YearToDate = new("Cộng lũy kế từ đầu năm", "Year to date");
    public static readonly LocalizedText Imbalance = new("Bảng cân đối không cân", "The trial balance does not balance");
    public static readonly LocalizedText Difference = new("chênh lệch", "difference");
    public static readonly LocalizedText TwoSided = new("dư hai bên", "both sides");
    public static readonly LocalizedText PostingDate = new("Ngày ghi sổ", "Posting date");
    public static readonly LocalizedText DocumentNumber = new("Số chứng từ", "Document no.");
    public static readonly LocalizedText DocumentDate = new("Ngày chứng từ", "Document date");
    public static readonly LocalizedText Description = new("Diễn giải", "Description");
    public static readonly LocalizedText LineNo = new("STT dòng", "Line");
    public static readonly LocalizedText CounterAccount = new("TK đối ứng", "Counter account");
    public static readonly LocalizedText Amount = new("Số tiền", "Amount");
    public static readonly LocalizedText DebitAccount = new("TK Nợ", "Debit account");
    public static readonly LocalizedText CreditAccount = new("TK Có", "Credit account");
    public static readonly LocalizedText Status = new("Trạng thái", "Status");
    public static readonly LocalizedText Posted = new("Đã ghi sổ", "Posted");
    public static readonly LocalizedText Draft = new("Chưa ghi sổ", "Not posted");
    public static readonly LocalizedText GeneralJournalVoucher = new("Chứng từ nghiệp vụ khác", "General journal voucher");
    public static readonly LocalizedText DocumentNotFound = new("Không tìm thấy chứng từ này (có thể đã bị xóa).", "This document was not found (it may have been deleted).");
    public static readonly LocalizedText Back = new("Quay lại", "Back");
    public static readonly LocalizedText NotBalanced = new("Tổng Nợ khác tổng Có", "Debits and credits differ");
    public static readonly LocalizedText CashWidget = new("Tiền mặt và tiền gửi", "Cash and bank");
    public static readonly LocalizedText Cash = new("Tiền mặt (111)", "Cash (111)");
    public static readonly LocalizedText Bank = new("Tiền gửi ngân hàng (112)", "Bank deposits (112)");
    public static readonly LocalizedText Receipts = new("Thu", "Receipts");
    public static readonly LocalizedText Payments = new("Chi", "Payments");
    public static readonly LocalizedText LastSixMonths = new("Thu, chi 6 tháng gần nhất", "Receipts and payments, last 6 months");
}
