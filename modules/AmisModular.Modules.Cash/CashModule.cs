using AmisModular.Ledger.Posting;
using AmisModular.Modularity.Abstractions.Documents;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Abstractions.Navigation;
using AmisModular.Modularity.Abstractions.Storage;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modularity.Abstractions.Text;
using AmisModular.Modules.Cash.Documents;
using AmisModular.Modules.Cash.Posting;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Modules.Cash.Sync;
using AmisModular.Storage.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Modules.Cash;

/// <summary>The cash module's composition root: storage (schema cash), posting rules, services, sync adapter, menu.</summary>
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
        services.AddSingleton<DocumentTypeDescriptor>(CashDocumentTypes.ReceiptDescriptor);
        services.AddSingleton<DocumentTypeDescriptor>(CashDocumentTypes.PaymentDescriptor);
        services.AddSingleton(new NavigationEntry(CashDocumentTypes.ModuleId, "cash.receipts", new LocalizedText("Phiếu thu", "Cash receipts"), "cash/receipts", Order: 10, Permission: "cash.view"));
        services.AddSingleton(new NavigationEntry(CashDocumentTypes.ModuleId, "cash.payments", new LocalizedText("Phiếu chi", "Cash payments"), "cash/payments", Order: 20, Permission: "cash.view"));
    }
}
