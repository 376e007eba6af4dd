using System.Threading.RateLimiting;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Figures;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Enrollment;
using AmisModular.Cloud.Hello;
using AmisModular.Cloud.Licensing;
using AmisModular.Cloud.Maintenance;
using AmisModular.Cloud.Partitions;
using AmisModular.Cloud.Pull;
using AmisModular.Cloud.Push;
using AmisModular.Cloud.Recovery;
using AmisModular.Cloud.Retention;
using AmisModular.Cloud.Snapshots;
using AmisModular.Sync.Protocol;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AmisModular.Cloud.Hosting;

/// <summary>The cloud's composition root: used by Program and by tests that start real Kestrel nodes.</summary>
public static class CloudApp
{
    /// <param name="services">Runs after the cloud's own registrations, so tests can replace one (e.g. the TimeProvider).</param>
    public static WebApplication Build(string[] args, Action<ConfigurationManager>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder.Configuration);
        if (string.IsNullOrEmpty(builder.Configuration["Logging:Console:FormatterName"]))
        {
            // Structured logs: one JSON object per line (UTC timestamp, level, category, message, the template's named
            // values such as DeviceId, scopes) for a log collector. `--Logging:Console:FormatterName=simple` for a terminal.
            builder.Logging.AddJsonConsole(o => (o.IncludeScopes, o.UseUtcTimestamp, o.TimestampFormat) = (true, true, "O"));
        }
        var options = builder.Configuration.GetSection("Cloud").Get<CloudOptions>() ?? new CloudOptions();
        AddCloudServices(builder.Services, options);
        builder.Services.AddTransportCompression();
        if (options.Maintenance.Interval > TimeSpan.Zero)
        {
            // Only the serving node runs housekeeping; the admin command mode shares AddCloudServices but not this.
            builder.Services.AddHostedService<CloudMaintenanceService>();
        }

        services?.Invoke(builder.Services);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBatchBytes + (256 * 1024));
        builder.Services.ConfigureHttpJsonOptions(o => ProtocolJson.Configure(o.SerializerOptions));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(SyncEndpoints.RatePolicy, http =>
            {
                var key = RateLimitKey.For(http, http.RequestServices.GetRequiredService<AccessTokens>());
                return options.RequestsPerSecondPerDevice <= 0
                    ? RateLimitPartition.GetNoLimiter(key)
                    : RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.RequestsPerSecondPerDevice * 2, TokensPerPeriod = options.RequestsPerSecondPerDevice,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1), QueueLimit = 0,
                    });
            });
        });

        var app = builder.Build();
        app.UseRateLimiter();
        app.UseTransportCompression();
        app.MapHealthChecks("/health", new HealthCheckOptions());
        app.MapSync();
        app.MapSnapshots();
        app.MapAdmin(options);
        return app;
    }

    public static void AddCloudServices(IServiceCollection services, CloudOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(options.Database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CloudDbFactory>();
        services.AddSingleton<ServerEpoch>();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<DeviceAuthenticator>();
        services.AddSingleton<AdminService>();
        services.AddSingleton<CloudTrialBalance>();
        services.AddSingleton<PartitionAdmin>();
        services.AddSingleton<LicenceImport>();
        services.AddSingleton<EnrollmentService>();
        services.AddSingleton<EnrollmentWithdrawal>();
        services.AddSingleton<IDocumentRule, GeneralJournalRule>();
        services.AddSingleton<IDocumentRule>(new CashVoucherRule(CashVoucherRule.Receipt));
        services.AddSingleton<IDocumentRule>(new CashVoucherRule(CashVoucherRule.Payment));
        foreach (var type in CatalogRule.DocumentTypes)
        {
            services.AddSingleton<IDocumentRule>(new CatalogRule(type));
        }

        services.AddSingleton<IDocumentRule, AccountRule>();

        services.AddSingleton<PushProcessor>();
        services.AddSingleton<ChangeFeed>();
        services.AddSingleton<HaveService>();
        services.AddSingleton<DeviceEpochService>();
        services.AddSnapshots();
        services.AddSingleton<ChangeLogCompactor>();
        services.AddSingleton<FiscalYearAdmin>();
        services.AddSingleton<CloudMaintenance>();
    }

    /// <summary>Applies the cloud migrations (and turns on WAL for a SQLite cloud).</summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var factory = services.GetRequiredService<CloudDbFactory>();
        await using var db = factory.Create();
        if (factory.Provider == Storage.Configuration.StoreProvider.Sqlite)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private sealed class DatabaseHealthCheck(CloudDbFactory databases) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            await using var db = databases.Create();
            return await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
