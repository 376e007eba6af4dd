using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol.Snapshots;

namespace AmisModular.Cloud.Snapshots;

/// <summary>GET /sync/v1/snapshots (manifest) and GET /sync/v1/snapshots/{id} (the file, Range-capable); device credential required.</summary>
public static class SnapshotEndpoints
{
    public static IServiceCollection AddSnapshots(this IServiceCollection services)
    {
        services.AddSingleton<SnapshotStore>();
        services.AddSingleton<SnapshotBuilder>();
        services.AddSingleton<SnapshotService>();
        return services;
    }

    public static void MapSnapshots(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/").RequireRateLimiting(SyncEndpoints.RatePolicy);
        group.MapGet(SnapshotRoutes.Snapshots, async (HttpContext http, string? m, string? id, CloudDbFactory databases, DeviceAuthenticator auth, SnapshotService snapshots, CancellationToken ct) =>
        {
            var (caller, failure) = await auth.AuthenticateReaderAsync(http, databases, ct);
            return failure ?? await snapshots.ManifestAsync(caller!, m, id, ct);
        });
        group.MapGet(SnapshotRoutes.FileTemplate, async (HttpContext http, string id, CloudDbFactory databases, DeviceAuthenticator auth, SnapshotService snapshots, CancellationToken ct) =>
        {
            var (caller, failure) = await auth.AuthenticateReaderAsync(http, databases, ct);
            return failure ?? await snapshots.FileAsync(caller!, id, ct);
        });
    }
}
