using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Localization;

/// <summary>The shell's typed string table (Vietnamese first, then English).</summary>
public static class ShellText
{
    public static readonly LocalizedText AppName = new("AMIS Modular — Kế toán", "AMIS Modular — Accounting");
    public static readonly LocalizedText Home = new("Bàn làm việc", "Dashboard");
    public static readonly LocalizedText Administration = new("Quản trị", "Administration");
    public static readonly LocalizedText Modules = new("Phân hệ", "Modules");
    public static readonly LocalizedText Licence = new("Giấy phép", "Licence");
    public static readonly LocalizedText DepartmentProfile = new("Hồ sơ phòng ban", "Department profile");
    public static readonly LocalizedText UsersAndRoles = new("Người dùng và vai trò", "Users and roles");
    public static readonly LocalizedText PeriodLock = new("Khóa sổ kỳ kế toán", "Lock accounting periods");
    public static readonly LocalizedText Settings = new("Tùy chọn", "Settings");

    public static readonly LocalizedText Company = new("Công ty", "Company");
    public static readonly LocalizedText Book = new("Sổ", "Book");
    public static readonly LocalizedText TaxBook = new("Sổ tài chính", "Financial book");
    public static readonly LocalizedText InternalBook = new("Sổ quản trị", "Management book");
    public static readonly LocalizedText FiscalYear = new("Năm tài chính", "Fiscal year");
    public static readonly LocalizedText NoCompany = new("Chưa có công ty", "No company yet");
    public static readonly LocalizedText Language = new("Ngôn ngữ", "Language");
    public static readonly LocalizedText Logout = new("Đăng xuất", "Log out");

    public static readonly LocalizedText Login = new("Đăng nhập", "Log in");
    public static readonly LocalizedText UserName = new("Tên đăng nhập", "User name");
    public static readonly LocalizedText DisplayName = new("Họ và tên", "Full name");
    public static readonly LocalizedText Password = new("Mật khẩu", "Password");
    public static readonly LocalizedText ConfirmPassword = new("Nhập lại mật khẩu", "Confirm password");
    public static readonly LocalizedText LoginFailed = new("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password.");
    public static readonly LocalizedText SessionExpired = new("Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.", "Your session has expired, please log in again.");
    public static readonly LocalizedText LoggedOut = new("Bạn đã đăng xuất.", "You have logged out.");

    public static readonly LocalizedText FirstRunTitle = new("Thiết lập lần đầu", "First-time setup");
    public static readonly LocalizedText FirstRunIntro = new("Tạo người quản trị và dữ liệu kế toán đầu tiên.", "Create the administrator and the first accounting data.");
    public static readonly LocalizedText Administrator = new("Người quản trị", "Administrator");
    public static readonly LocalizedText CompanyName = new("Tên công ty", "Company name");
    public static readonly LocalizedText TaxCode = new("Mã số thuế", "Tax code");
    public static readonly LocalizedText Regime = new("Chế độ kế toán", "Accounting regime");
    public static readonly LocalizedText UseInternalBook = new("Sử dụng thêm hệ thống sổ quản trị", "Also keep a management book");
    public static readonly LocalizedText CompanyAlreadyHere = new(
        "Công ty đã có trên máy (từ amis-sync enroll hoặc dòng lệnh): chỉ cần tạo người quản trị.",
        "The company is already in this store (from amis-sync enroll or the command line): only the administrator is needed.");
    public static readonly LocalizedText UseDemoCompany = new("Dùng công ty mẫu", "Use the demo company");
    public static readonly LocalizedText CreateCompany = new("Tạo công ty mới", "Create a new company");
    public static readonly LocalizedText Start = new("Bắt đầu", "Start");
    public static readonly LocalizedText PasswordsDiffer = new("Mật khẩu nhập lại không khớp.", "The passwords do not match.");

    public static readonly LocalizedText NotLicensedTitle = new("Phân hệ chưa được cấp phép", "Module not licensed");
    public static readonly LocalizedText NotActiveTitle = new("Phân hệ chưa sẵn sàng", "Module not available");
    public static readonly LocalizedText State = new("Trạng thái", "State");
    public static readonly LocalizedText Reason = new("Lý do", "Reason");
    public static readonly LocalizedText Version = new("Phiên bản", "Version");
    public static readonly LocalizedText Name = new("Tên", "Name");
    public static readonly LocalizedText ContactAdmin = new("Liên hệ quản trị hệ thống hoặc nhà cung cấp để được cấp phép phân hệ này.", "Ask your administrator or vendor to license this module.");
    public static readonly LocalizedText PageNotFound = new("Không tìm thấy trang", "Page not found");
    public static readonly LocalizedText BackHome = new("Về bàn làm việc", "Back to the dashboard");
    public static readonly LocalizedText Forbidden = new("Bạn không có quyền xem trang này.", "You are not allowed to see this page.");

    public static readonly LocalizedText SyncNow = new("Đồng bộ", "Sync now");
    public static readonly LocalizedText DownloadDocuments = new("Tải chứng từ", "Download documents");
    public static readonly LocalizedText PendingUpload = new("Chờ đẩy lên", "Waiting to upload");
    public static readonly LocalizedText NewOnCloud = new("Mới trên Cloud", "New on the cloud");
    public static readonly LocalizedText Conflicts = new("Xung đột", "Conflicts");
    public static readonly LocalizedText Refused = new("Bị từ chối", "Refused");
    public static readonly LocalizedText SyncReview = new("Xung đột đồng bộ", "Sync conflicts");
    public static readonly LocalizedText SyncNotices = new("Thông báo đồng bộ", "Sync notices");
    public static readonly LocalizedText LastSynced = new("Đồng bộ lần cuối", "Last synced");

    public static readonly LocalizedText Shortcuts = new("Phím tắt", "Keyboard shortcuts");
    public static readonly LocalizedText Key = new("Phím", "Key");
    public static readonly LocalizedText Action = new("Chức năng", "Action");
    public static readonly LocalizedText Close = new("Đóng", "Close");
}
