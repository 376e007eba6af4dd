using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Enrollment;
using AmisModular.Cloud.Hello;
using AmisModular.Cloud.Pull;
using AmisModular.Cloud.Push;
using AmisModular.Cloud.Recovery;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Enrollment;
using AmisModular.Sync.Protocol.Errors;
using AmisModular.Sync.Protocol.Push;
using AmisModular.Sync.Protocol.Recovery;

namespace AmisModular.Cloud.Hosting;

/// <summary>The protocol endpoints under /sync/v1, rate-limited per device.</summary>
public static class SyncEndpoints
{
    public const string RatePolicy = "per-device";

    public static void MapSync(this IEndpointRouteBuilder app)
    {
        var sync = app.MapGroup("/").RequireRateLimiting(RatePolicy);
        sync.MapGet(SyncRoutes.Hello, HelloEndpoint.HandleAsync);
        sync.MapPost(SyncRoutes.Token, TokenEndpoint.HandleAsync);
        sync.MapPost(SyncRoutes.Devices, (EnrollRequest request, EnrollmentService service, CancellationToken ct) => service.EnrollAsync(request, ct));
        sync.MapDelete(SyncRoutes.DeviceSelf, async (HttpContext http, CloudDbFactory databases, DeviceAuthenticator auth, EnrollmentWithdrawal withdrawal, CancellationToken ct) =>
        {
            var (caller, failure) = await AuthenticateAsync(http, databases, auth, ct);
            return failure ?? await withdrawal.WithdrawAsync(caller!, ct);
        });
        sync.MapPost(SyncRoutes.Push, async (HttpContext http, PushRequest request, CloudDbFactory databases, DeviceAuthenticator auth, PushProcessor processor, CancellationToken ct) =>
        {
            var (caller, failure) = await AuthenticateAsync(http, databases, auth, ct);
            return failure ?? await processor.PushAsync(caller!, request, ct);
        });
        sync.MapGet(SyncRoutes.Changes, async (HttpContext http, long? after, int? limit, string? p, string? m, CloudDbFactory databases, DeviceAuthenticator auth, ChangeFeed feed, CancellationToken ct) =>
        {
            var (caller, failure) = await auth.AuthenticateReaderAsync(http, databases, ct);
            return failure ?? await feed.PageAsync(caller!, after ?? 0, limit, p, m, ct);
        });
        sync.MapPost(SyncRoutes.Have, async (HttpContext http, HaveRequest request, CloudDbFactory databases, DeviceAuthenticator auth, HaveService have, CancellationToken ct) =>
        {
            var (caller, failure) = await auth.AuthenticateReaderAsync(http, databases, ct);
            return failure ?? await have.CompareAsync(caller!, request, ct);
        });
        sync.MapPost(SyncRoutes.DeviceEpoch, async (HttpContext http, DeviceEpochRequest request, CloudDbFactory databases, DeviceAuthenticator auth, DeviceEpochService epochs, CancellationToken ct) =>
        {
            var (caller, failure) = await AuthenticateAsync(http, databases, auth, ct);
            return failure ?? await epochs.StartAsync(caller!, request, ct);
        });
    }

    private static async Task<(DeviceCaller? Caller, IResult? Failure)> AuthenticateAsync(
        HttpContext http, CloudDbFactory databases, DeviceAuthenticator auth, CancellationToken cancellationToken)
    {
        await using var db = databases.Create();
        return await auth.AuthenticateAsync(http, db, cancellationToken);
    }

    /// <summary>Malformed JSON gets the protocol's error body instead of an empty 400.</summary>
    public static IResult BadRequest(string message) => SyncResults.Error(400, SyncErrorCodes.BadRequest, message);
}
