using AmisModular.Ledger.Interchange;
using AmisModular.Ledger.Queries;
using AmisModular.Modularity.Abstractions.Modules;
using AmisModular.Modularity.Abstractions.Regions;
using AmisModular.Modules.Reports.Cli;
using AmisModular.Modules.Reports.Common;
using AmisModular.Modules.Reports.GeneralJournal;
using AmisModular.Modules.Reports.GeneralLedger;
using AmisModular.Modules.Reports.Navigation;
using AmisModular.Modules.Reports.TrialBalance;
using AmisModular.Modules.Reports.Ui.Shared;
using AmisModular.Modules.Reports.Ui.Widgets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Modules.Reports;

/// <summary>
/// The reports module's composition root. It owns no storage: it reads the ledger core (registered by the host
/// with <c>AddLedger</c>) and prints through AmisModular.Printing.
/// </summary>
public sealed class ReportsModule : ModuleBase
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(context);
        services.AddSingleton(ReportsOptions.From(context.Configuration));
        services.TryAddSingleton<PartnerBalanceQueries>();
        services.TryAddSingleton<ReportContextLoader>();
        services.TryAddSingleton<TrialBalanceReport>();
        services.TryAddSingleton<GeneralJournalReport>();
        services.TryAddSingleton<GeneralLedgerReport>();
        services.TryAddSingleton<IReportService, ReportService>();
        // amis report trial-balance|journal|ledger: registered after the CLI's core fallbacks, so these win.
        services.AddSingleton<IReportRenderer, TrialBalanceReportRenderer>();
        services.AddSingleton<IReportRenderer, GeneralJournalReportRenderer>();
        services.AddSingleton<IReportRenderer, GeneralLedgerReportRenderer>();
        foreach (var entry in ReportsNavigation.Entries)
        {
            services.AddSingleton(entry);
        }

        // The pages (Ui/) are routed by the shell from this assembly; they read the shell's IWorkspace.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportsCatalog>();
        services.TryAddSingleton<CashPositionQuery>();
        services.AddSingleton(new RegionContribution(ReportsNavigation.ModuleId, RegionNames.HomeWidgets, typeof(CashWidget), Order: 10,
            Title: Texts.CashWidget, Permission: ReportsNavigation.Permission));
    }
}
