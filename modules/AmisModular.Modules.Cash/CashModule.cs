using AmisModular.Ledger.Interchange;
using AmisModular.Ledger.Posting;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Modularity.Abstractions.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Modules.Cash.Cli;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Interchange;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Printing;
using AmisModular.Modules.Cash.Reports;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Modules.Cash.Ui.Shared;
using AmisModular.Modules.Cash.Ui.Widgets;
using AmisModular.Printing.Forms;
using AmisModular.Storage.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Modules.Cash;

/// <summary>
/// The cash module's composition root: storage (schema cash), posting rules, services, sync adapter, JSON interchange,
/// voucher printing (01-TT / 02-TT), the cash book (S07-DN), the menu, the screens' queries and the home widget.
/// </summary>
public sealed class CashModule : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var schema = context?.SchemaName ?? CashDbContext.SchemaName;
        if (schema != CashDbContext.SchemaName)
        {
            throw new InvalidOperationException($"The cash module's migrations are built for schema '{CashDbContext.SchemaName}', the manifest says '{schema}'.");
        }

        services.AddModuleStore<CashDbContext, SqliteCashDbContext, SqlServerCashDbContext>(CashDocumentTypes.ModuleId, schema, order: 100);
        services.AddSingleton(new ModuleStorageDescriptor(CashDocumentTypes.ModuleId, schema, typeof(CashDbContext)));
        services.AddSingleton<IPostingRuleProvider, CashPostingRules>();
        services.AddSingleton<CashVoucherService>();
        services.AddSingleton<ISyncAdapter, CashSyncAdapter>();
        services.AddSingleton<IDocumentInterchange, CashDocumentInterchange>();
        services.AddSingleton(CashPrintSettings.From(context?.Configuration));
        services.TryAddSingleton(_ => new CashVoucherPdfRenderer());
        services.AddSingleton<CashVoucherPrinter>();
        services.AddSingleton<CashBook>();
        // amis doc post|unpost|export, amis print, amis report cash-book (the CLI resolves these from the container).
        services.AddSingleton<IDocumentDirectory, CashDocumentDirectory>();
        services.AddSingleton<IDocumentPrinter, CashVoucherDocumentPrinter>();
        services.AddSingleton<IReportRenderer, CashBookReportRenderer>();
        services.AddSingleton<DocumentTypeDescriptor>(CashDocumentTypes.ReceiptDescriptor);
        services.AddSingleton<DocumentTypeDescriptor>(CashDocumentTypes.PaymentDescriptor);
        services.AddSingleton(new NavigationEntry(CashDocumentTypes.ModuleId, "cash.receipts", new LocalizedText("Phiếu thu", "Cash receipts"), "cash/receipts", Icon: "receipt_long", Order: 10, Permission: "cash.view"));
        services.AddSingleton(new NavigationEntry(CashDocumentTypes.ModuleId, "cash.payments", new LocalizedText("Phiếu chi", "Cash payments"), "cash/payments", Icon: "payments", Order: 20, Permission: "cash.view"));
        services.AddSingleton(new NavigationEntry(CashDocumentTypes.ModuleId, "cash.book", new LocalizedText("Sổ quỹ tiền mặt", "Cash book"), "cash/book", Icon: "menu_book", Order: 30, Permission: "cash.view"));
        services.AddSingleton<CashLookups>();
        services.AddSingleton<CashVoucherList>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(new RegionContribution(CashDocumentTypes.ModuleId, RegionNames.HomeWidgets, typeof(CashHomeWidget), Order: 10,
            Title: new LocalizedText("Quỹ tiền mặt", "Cash on hand"), Permission: "cash.view"));
    }
}
