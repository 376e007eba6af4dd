using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Cash.Ui.Shared;

/// <summary>Every text of the cash screens, Vietnamese first.</summary>
public static class CashTexts
{
    public static readonly LocalizedText Receipts = new("Phiếu thu", "Cash receipts");
    public static readonly LocalizedText Payments = new("Phiếu chi", "Cash payments");
    public static readonly LocalizedText Receipt = new("Phiếu thu", "Cash receipt");
    public static readonly LocalizedText Payment = new("Phiếu chi", "Cash payment");
    public static readonly LocalizedText NewReceipt = new("Thêm phiếu thu", "New cash receipt");
    public static readonly LocalizedText NewPayment = new("Thêm phiếu chi", "New cash payment");
    public static readonly LocalizedText CashBook = new("Sổ quỹ tiền mặt", "Cash book");
    public static readonly LocalizedText NoCompany = new("Chưa chọn công ty làm việc.", "No company selected.");
    public static readonly LocalizedText Loading = new("Đang tải…", "Loading…");
    public static readonly LocalizedText NotFound = new("Không tìm thấy chứng từ.", "The voucher was not found.");
    public static readonly LocalizedText OtherBook = new("Chứng từ này không thuộc sổ đang làm việc.", "This voucher is not in the working book.");

    public static readonly LocalizedText From = new("Từ ngày", "From");
    public static readonly LocalizedText To = new("Đến ngày", "To");
    public static readonly LocalizedText Status = new("Trạng thái", "Status");
    public static readonly LocalizedText All = new("Tất cả", "All");
    public static readonly LocalizedText Draft = new("Chưa ghi sổ", "Draft");
    public static readonly LocalizedText Posted = new("Đã ghi sổ", "Posted");
    public static readonly LocalizedText Search = new("Tìm (số, người nộp/nhận, lý do)", "Search (number, person, reason)");
    public static readonly LocalizedText Load = new("Nạp (F5)", "Reload (F5)");
    public static readonly LocalizedText Empty = new("Không có chứng từ nào.", "No vouchers.");
    public static readonly LocalizedText ListHint = new("Enter: mở · Ctrl+N: thêm · ↑/↓: chọn dòng", "Enter: open · Ctrl+N: new · ↑/↓: move");
    public static readonly LocalizedText Total = new("Tổng cộng", "Total");

    public static readonly LocalizedText Date = new("Ngày", "Date");
    public static readonly LocalizedText Number = new("Số chứng từ", "Number");
    public static readonly LocalizedText Person = new("Người nộp/nhận", "Person");
    public static readonly LocalizedText Reason = new("Lý do", "Reason");
    public static readonly LocalizedText Amount = new("Số tiền", "Amount");

    public static readonly LocalizedText VoucherDate = new("Ngày chứng từ", "Document date");
    public static readonly LocalizedText Partner = new("Đối tượng", "Partner");
    public static readonly LocalizedText Payer = new("Người nộp tiền", "Payer");
    public static readonly LocalizedText Payee = new("Người nhận tiền", "Payee");
    public static readonly LocalizedText Address = new("Địa chỉ", "Address");
    public static readonly LocalizedText ReceiptReason = new("Lý do nộp", "Reason for receipt");
    public static readonly LocalizedText PaymentReason = new("Lý do chi", "Reason for payment");
    public static readonly LocalizedText Attached = new("Kèm theo (chứng từ gốc)", "Attached originals");
    public static readonly LocalizedText Description = new("Diễn giải", "Description");
    public static readonly LocalizedText DebitAccount = new("TK Nợ", "Debit account");
    public static readonly LocalizedText CreditAccount = new("TK Có", "Credit account");
    public static readonly LocalizedText Line = new("#", "#");
    public static readonly LocalizedText NewNumber = new("(số tự động khi cất)", "(numbered on save)");
    public static readonly LocalizedText TypeToFind = new("Gõ một phần mã hoặc tên…", "Type part of a code or name…");
    public static readonly LocalizedText NoMatch = new("Không có kết quả", "No match");

    public static readonly LocalizedText Add = new("Thêm", "New");
    public static readonly LocalizedText Edit = new("Sửa", "Edit");
    public static readonly LocalizedText Save = new("Cất", "Save");
    public static readonly LocalizedText SaveAndNew = new("Cất và thêm", "Save and new");
    public static readonly LocalizedText Post = new("Ghi sổ", "Post");
    public static readonly LocalizedText Unpost = new("Bỏ ghi", "Unpost");
    public static readonly LocalizedText Delete = new("Xóa", "Delete");
    public static readonly LocalizedText Print = new("In", "Print");
    public static readonly LocalizedText Close = new("Đóng", "Close");
    public static readonly LocalizedText AddLine = new("Thêm dòng", "Add line");
    public static readonly LocalizedText RemoveLine = new("Xóa dòng", "Remove line");

    public static readonly LocalizedText Saved = new("Đã cất phiếu {0}.", "Saved {0}.");
    public static readonly LocalizedText PostedMessage = new("Đã ghi sổ phiếu {0}.", "Posted {0}.");
    public static readonly LocalizedText UnpostedMessage = new("Đã bỏ ghi phiếu {0}.", "Unposted {0}.");
    public static readonly LocalizedText Deleted = new("Đã xóa phiếu.", "Voucher deleted.");
    public static readonly LocalizedText FixErrors = new("Phiếu chưa được cất: sửa các ô báo lỗi.", "Not saved: fix the fields marked in red.");
    public static readonly LocalizedText PostedReadOnly = new("Phiếu đã ghi sổ: bỏ ghi (Ctrl+B) trước khi sửa hoặc xóa.", "The voucher is posted: unpost it (Ctrl+B) before editing or deleting.");
    public static readonly LocalizedText NotSavedYet = new("Phiếu chưa được cất.", "The voucher is not saved yet.");
    public static readonly LocalizedText LastLine = new("Phiếu phải có ít nhất một dòng.", "The voucher needs at least one line.");

    public static readonly LocalizedText DiscardTitle = new("Phiếu có thay đổi chưa cất", "Unsaved changes");
    public static readonly LocalizedText DiscardQuestion = new("Bỏ các thay đổi và đóng phiếu?", "Discard the changes and close the voucher?");
    public static readonly LocalizedText DiscardYes = new("Đóng, không cất", "Close without saving");
    public static readonly LocalizedText DiscardNo = new("Quay lại (Esc)", "Go back (Esc)");

    public static readonly LocalizedText PrintPreview = new("Xem trước khi in", "Print preview");
    public static readonly LocalizedText Download = new("Tải PDF", "Download PDF");
    public static readonly LocalizedText DownloadXlsx = new("Tải Excel", "Download Excel");

    public static readonly LocalizedText BadDate = new("Ngày không hợp lệ: nhập dd/MM/yyyy.", "Invalid date: type dd/MM/yyyy.");
    public static readonly LocalizedText BadAmount = new("Số tiền không hợp lệ.", "Invalid amount.");
    public static readonly LocalizedText UnknownAccount = new("Chọn một tài khoản chi tiết trong danh sách (gõ một phần số hiệu hoặc tên).", "Pick a postable account from the list (type part of its code or name).");
    public static readonly LocalizedText UnknownPartner = new("Chọn một đối tượng trong danh sách (gõ một phần mã hoặc tên).", "Pick a partner from the list (type part of its code or name).");
    public static readonly LocalizedText OneCashAccount = new("Mọi dòng của phiếu dùng chung một TK tiền mặt.", "All lines of a voucher share one cash account.");

    public static readonly LocalizedText CashAccount = new("Tài khoản tiền mặt", "Cash account");
    public static readonly LocalizedText Book = new("Sổ", "Book");
    public static readonly LocalizedText TaxBook = new("Sổ tài chính", "Tax book");
    public static readonly LocalizedText InternalBook = new("Sổ quản trị", "Internal book");
    public static readonly LocalizedText Show = new("Xem", "Show");
    public static readonly LocalizedText PostingDate = new("Ngày ghi sổ", "Posting date");
    public static readonly LocalizedText ReceiptNo = new("Số phiếu thu", "Receipt no.");
    public static readonly LocalizedText PaymentNo = new("Số phiếu chi", "Payment no.");
    public static readonly LocalizedText CounterAccount = new("TK đối ứng", "Counter account");
    public static readonly LocalizedText In = new("Thu", "In");
    public static readonly LocalizedText Out = new("Chi", "Out");
    public static readonly LocalizedText Balance = new("Tồn", "Balance");
    public static readonly LocalizedText Opening = new("Số tồn đầu kỳ", "Opening balance");
    public static readonly LocalizedText PeriodTotal = new("Cộng phát sinh trong kỳ", "Period total");
    public static readonly LocalizedText Closing = new("Số tồn cuối kỳ", "Closing balance");

    public static readonly LocalizedText WidgetTitle = new("Quỹ tiền mặt", "Cash on hand");
    public static readonly LocalizedText CashNow = new("Tồn quỹ hiện tại", "Cash balance now");
    public static readonly LocalizedText DraftCount = new("Phiếu thu/chi chưa ghi sổ", "Draft cash vouchers");
}
