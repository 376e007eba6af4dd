using AmisModular.Cloud.Figures;
using AmisModular.Cloud.FiscalYears;
using AmisModular.Cloud.Licensing;
using AmisModular.Ledger.Companies;
using System.Security.Cryptography;
using System.Text;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Partitions;

namespace AmisModular.Cloud.Admin;

/// <summary>The admin API under /admin/v1, guarded by header X-Admin-Key (off when no key is configured).</summary>
public static class AdminEndpoints
{
    public static void MapAdmin(this IEndpointRouteBuilder app, CloudOptions options)
    {
        var admin = app.MapGroup("/admin/v1").AddEndpointFilter(async (context, next) =>
        {
            var presented = context.HttpContext.Request.Headers["X-Admin-Key"].ToString();
            var expected = options.AdminKey;
            if (string.IsNullOrEmpty(expected) || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected)))
            {
                return Results.Problem("Admin key required.", statusCode: StatusCodes.Status401Unauthorized);
            }

            try
            {
                return await next(context);
            }
            catch (AdminException ex)
            {
                return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest);
            }
        });
        admin.MapPost("/tenants", (CreateTenantBody body, AdminService service, CancellationToken ct) =>
            service.CreateTenantAsync(body.TaxCode, body.Name, body.CompanyId, body.LicensedModules, ct));
        admin.MapPost("/tenants/{taxCode}/enrollment-codes", (string taxCode, IssueCodeBody body, AdminService service, CancellationToken ct) =>
            service.IssueEnrollmentCodeAsync(taxCode, body.Branch, TimeSpan.FromHours(body.LifetimeHours ?? 72), ct));
        admin.MapGet("/tenants/{taxCode}/devices", (string taxCode, AdminService service, CancellationToken ct) => service.ListDevicesAsync(taxCode, ct));
        admin.MapPost("/devices/{deviceId:guid}/revoke", async (Guid deviceId, AdminService service, CancellationToken ct) =>
        {
            await service.RevokeDeviceAsync(deviceId, ct);
            return Results.NoContent();
        });
        admin.MapGet("/tenants/{taxCode}/trial-balance", (string taxCode, Book? book, DateOnly from, DateOnly to, CloudTrialBalance figures, CancellationToken ct) =>
            figures.ForAsync(taxCode, book ?? Book.Tax, from, to, ct));
        admin.MapPost("/devices/{deviceId:guid}/revoke-book-access", async (Guid deviceId, PartitionAdmin service, CancellationToken ct) =>
        {
            await service.RevokeBookAccessAsync(deviceId, ct);
            return Results.NoContent();
        });
        admin.MapPut("/tenants/{taxCode}/licensed-modules", (string taxCode, LicenceBody body, PartitionAdmin service, CancellationToken ct) =>
            service.SetLicensedModulesAsync(taxCode, body.LicensedModules, ct));
        admin.MapPut("/tenants/{taxCode}/licence", async (string taxCode, HttpRequest request, LicenceImport import, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            return await import.ImportAsync(taxCode, await reader.ReadToEndAsync(ct), ct);
        });
        admin.MapPut("/tenants/{taxCode}/fiscal-years/{year:int}", (string taxCode, int year, FiscalYearBody? body, FiscalYearAdmin service, CancellationToken ct) =>
            service.OpenAsync(taxCode, year, body?.Start, ct));
        admin.MapGet("/tenants/{taxCode}/fiscal-years", (string taxCode, FiscalYearAdmin service, CancellationToken ct) => service.ListAsync(taxCode, ct));
        admin.MapPut("/tenants/{taxCode}/locked-through", async (string taxCode, LockBody body, AdminService service, CancellationToken ct) =>
        {
            await service.LockPeriodsAsync(taxCode, body.LockedThrough, ct);
            return Results.NoContent();
        });
    }

    public sealed record CreateTenantBody(string TaxCode, string Name, Guid? CompanyId, string? LicensedModules);

    public sealed record IssueCodeBody(string? Branch, int? LifetimeHours);

    public sealed record LicenceBody(string? LicensedModules);

    public sealed record LockBody(DateOnly? LockedThrough);

    public sealed record FiscalYearBody(DateOnly? Start);
}
