using AmisModular.Storage.Contexts;
using AmisModular.Storage.DependencyInjection;
using AmisModular.Sync.Engine;
using AmisModular.Sync.Http;
using AmisModular.Sync.Review;
using AmisModular.Sync.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace AmisModular.Sync;

public static class SyncServiceCollectionExtensions
{
    /// <summary>
    /// The sync engine over the store registered by <c>AddStore</c> (its state lives in schema <c>syncstate</c>).
    /// <paramref name="configureHttp"/> may add inner handlers (fault injection in tests, compression...).
    /// </summary>
    public static IServiceCollection AddSyncEngine(this IServiceCollection services, Action<SyncEngineOptions> configure, Action<IHttpClientBuilder>? configureHttp = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new SyncEngineOptions();
        configure(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        AddSyncState(services);
        services.TryAddSingleton<AccessTokenCache>();
        services.TryAddTransient<AccessTokenHandler>();
        var http = services.AddHttpClient<SyncApiClient>(client => client.BaseAddress = options.CloudAddress);
        // Outermost first: access token (401 → refresh once → resend), compression, then the retries of each attempt.
        http.AddHttpMessageHandler<AccessTokenHandler>();
        http.AddHttpMessageHandler(() => new RequestCompressionHandler(options));
        http.AddHttpMessageHandler(() => new ResponseDecompressionHandler());
        http.AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
            resilience.Retry.Delay = options.RetryBaseDelay;
            resilience.Retry.MaxDelay = options.MaxRetryDelay;
            resilience.Retry.BackoffType = DelayBackoffType.Exponential;
            resilience.Retry.UseJitter = true;
            resilience.Retry.ShouldRetryAfterHeader = true;
            resilience.AttemptTimeout.Timeout = options.AttemptTimeout;
            resilience.TotalRequestTimeout.Timeout = options.AttemptTimeout * (options.MaxRetryAttempts + 2);
            resilience.CircuitBreaker.SamplingDuration = options.AttemptTimeout * 2;
        });
        configureHttp?.Invoke(http);
        services.TryAddSingleton<SyncEngine>();
        services.TryAddSingleton<SyncReview>();
        return services;
    }

    /// <summary>
    /// The review of conflicts and parked changes (<see cref="SyncReview"/>) over the store registered by <c>AddStore</c>,
    /// without the engine: the shell settles them in the store it shares with the sync host.
    /// </summary>
    public static IServiceCollection AddSyncReview(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddSyncState(services);
        services.TryAddSingleton<SyncReview>();
        return services;
    }

    private static void AddSyncState(IServiceCollection services)
    {
        // Once, whoever asks first: a second registration would migrate the same schema twice.
        if (!services.Any(d => d.ServiceType == typeof(ModuleStoreRegistration) && d.ImplementationInstance is ModuleStoreRegistration { ModuleId: "sync-state" }))
        {
            services.AddModuleStore<SyncStateDbContext, SqliteSyncStateDbContext, SqlServerSyncStateDbContext>("sync-state", SyncStateDbContext.SchemaName, order: 11);
        }

        services.TryAddSingleton<SyncAdapters>();
    }
}
