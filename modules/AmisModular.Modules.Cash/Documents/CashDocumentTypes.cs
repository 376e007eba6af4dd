using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modules.Cash.Documents;

public static class CashDocumentTypes
{
    public const string ModuleId = "cash";

    public const string Receipt = "cash.receipt";

    public const string Payment = "cash.payment";

    public const int SchemaVersion = 1;

    public static DocumentTypeDescriptor ReceiptDescriptor { get; } =
        new(ModuleId, Receipt, new LocalizedText("Phiếu thu", "Cash receipt"), "PT", SchemaVersion, "01-TT");

    public static DocumentTypeDescriptor PaymentDescriptor { get; } =
        new(ModuleId, Payment, new LocalizedText("Phiếu chi", "Cash payment"), "PC", SchemaVersion, "02-TT");

    public static string For(CashVoucherKind kind) => kind == CashVoucherKind.Receipt ? Receipt : Payment;

    public static string PrefixFor(CashVoucherKind kind) => kind == CashVoucherKind.Receipt ? "PT" : "PC";
}
