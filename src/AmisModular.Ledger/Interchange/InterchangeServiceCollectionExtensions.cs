using AmisModular.Modularity.Abstractions.Documents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AmisModular.Ledger.Interchange;

public static class InterchangeServiceCollectionExtensions
{
    /// <summary>The core's <see cref="IDocumentInterchange"/> and <see cref="IDocumentDirectory"/> (NVK, partners). Call after <c>AddLedger()</c>.</summary>
    public static IServiceCollection AddLedgerInterchange(this IServiceCollection services)
    {
        services.TryAddSingleton<GeneralJournalInterchange>();
        services.TryAddSingleton<PartnerInterchange>();
        services.AddSingleton<IDocumentInterchange, CoreDocumentInterchange>();
        services.AddSingleton<IDocumentDirectory, CoreDocumentDirectory>();
        return services;
    }
}
