using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Hosting;
using AmisModular.Cloud.Partitions;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;

namespace AmisModular.Cloud.Licensing;

/// <summary>
/// Imports a tenant's licence file (the vendor-signed <c>amis-licence/1</c> file the desktops install), verified offline
/// exactly as the desktop verifies it: signature by a trusted vendor key, the tenant's tax code, the validity dates.
/// Its modules become the tenant's licensed modules, which the cloud enforces on push; a module the new licence
/// leaves out is removed from every device (scenario 15, <see cref="PartitionAdmin"/>). Its last day is kept: after it,
/// pushes of the licensed modules are deferred (kept queued on the device) until a renewed licence is imported. Nothing
/// changes when the file is refused.
/// </summary>
public sealed class LicenceImport(PartitionAdmin partitions, CloudOptions options, TimeProvider clock)
{
    public async Task<LicenceImported> ImportAsync(string taxCode, string licenceFileJson, CancellationToken cancellationToken)
    {
        var trusted = VendorKeys.Trusted(options.Licensing);
        var verification = new LicenceVerifier(new SignatureVerifier(trusted, options.Licensing.AllowDevelopmentKeys), clock).Verify(licenceFileJson, taxCode);
        if (!verification.IsValid || verification.Licence is not { } licence)
        {
            throw new AdminException($"Không nhập được giấy phép: {verification.Reason}. / The licence was not imported: {verification.Reason}.");
        }

        var modules = licence.Modules.Select(m => m.Id.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var removed = await partitions.SetLicensedModulesAsync(taxCode, string.Join(',', modules), cancellationToken, (licence.LicenceId, licence.ValidUntil));
        return new LicenceImported(licence.LicenceId, taxCode, licence.ValidUntil, modules, removed);
    }
}
