using AmisModular.Cloud.Auth;
using AmisModular.Cloud.Data;
using AmisModular.Cloud.Hosting;
using AmisModular.Sync.Protocol;
using AmisModular.Sync.Protocol.Hello;

namespace AmisModular.Cloud.Hello;

/// <summary>GET /sync/v1/hello: anonymous probe; with a credential it also says who the device is (or 401/403).</summary>
public static class HelloEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, CloudDbFactory databases, DeviceAuthenticator authenticator, ServerEpoch epoch, CloudOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(databases);
        ArgumentNullException.ThrowIfNull(authenticator);
        ArgumentNullException.ThrowIfNull(epoch);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        DeviceIdentity? identity = null;
        long retentionFloor = 0;
        if (http.Request.Headers.Authorization.Count > 0)
        {
            await using var db = databases.Create();
            var (caller, failure) = await authenticator.AuthenticateAsync(http, db, cancellationToken);
            if (failure is not null)
            {
                return failure;
            }

            var d = caller!.Device;
            identity = new DeviceIdentity(d.Id, d.Epoch, caller.Tenant.TaxCode, caller.Tenant.CompanyId, d.BookId, d.Branch, d.Series, d.LastSeq);
            retentionFloor = caller.Book.RetentionFloor;
        }

        return SyncResults.Ok(new HelloResponse(await epoch.GetAsync(cancellationToken), [SyncRoutes.ProtocolVersion, SyncRoutes.ProtocolVersion],
            options.Modules, new BatchLimits(options.MaxBatchDocs, options.MaxBatchBytes), retentionFloor, clock.GetUtcNow(), identity));
    }
}
