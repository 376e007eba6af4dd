using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Reports.Navigation;

/// <summary>Menu "Báo cáo" and its entries; the Razor pages behind the routes are in Ui/Pages.</summary>
public static class ReportsNavigation
{
    public const string ModuleId = "reports";

    public const string Permission = "reports.view";

    public const string GroupKey = "reports";

    public static IReadOnlyList<NavigationEntry> Entries { get; } =
    [
        new(ModuleId, GroupKey, new LocalizedText("Báo cáo", "Reports"), "reports", Icon: "report", Order: 900, Permission: Permission),
        new(ModuleId, "reports.trial-balance", new LocalizedText("Bảng cân đối tài khoản", "Trial balance"), "reports/trial-balance",
            Order: 1, Permission: Permission, ParentKey: GroupKey),
        new(ModuleId, "reports.general-journal", new LocalizedText("Sổ Nhật ký chung", "General journal"), "reports/general-journal",
            Order: 2, Permission: Permission, ParentKey: GroupKey),
        new(ModuleId, "reports.general-ledger", new LocalizedText("Sổ cái", "General ledger"), "reports/general-ledger",
            Order: 3, Permission: Permission, ParentKey: GroupKey),
    ];
}
