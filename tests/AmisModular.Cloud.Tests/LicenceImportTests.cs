using System.Net;
using AmisModular.Cloud.Admin;
using AmisModular.Cloud.Licensing;
using AmisModular.Cloud.Tests.Infrastructure;
using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;
using AmisModular.Sync.Protocol.Push;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AmisModular.Cloud.Tests;

/// <summary>
/// "Admin commands to ... import its licence": the vendor-signed licence file the desktops install is verified by the
/// cloud the same way (trusted vendor key, tenant, dates) and its modules become what the cloud enforces.
/// </summary>
public sealed class LicenceImportTests : IAsyncLifetime
{
    private const string TaxCode = "0101234567";
    private readonly string directory = Directory.CreateTempSubdirectory("amis-cloud-").FullName;
    private readonly (string PrivateKeyPem, string PublicKeyPem) vendor = Signer.CreateKeyPair();
    private CloudNode node = null!;

    public async Task InitializeAsync()
    {
        node = await CloudNode.StartAsync("Sqlite", $"Data Source={Path.Combine(directory, "cloud.db")};Pooling=False",
            settings: new Dictionary<string, string?> { ["Cloud:Licensing:AdditionalVendorKeyPems:0"] = vendor.PublicKeyPem });
        await node.Admin.CreateTenantAsync(TaxCode, "Công ty TNHH Giấy Phép", null, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await node.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Import_SignedLicence_ModulesEnforcedAndAModuleLeftOutIsRemovedFromEveryDevice()
    {
        var first = await Import(Licence(TaxCode, "cash", "reports"));
        var second = await Import(Licence(TaxCode, "reports"));

        Assert.Equal(["cash", "reports"], first.Modules);
        Assert.Empty(first.Removed);
        Assert.Equal(["cash"], second.Removed);
        await using var db = node.Database();
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(t => t.TaxCode == TaxCode);
        Assert.Equal((false, true, true), (tenant.IsLicensed("cash"), tenant.IsLicensed("reports"), tenant.IsLicensed("core")));
        var removal = await db.ChangeLog.AsNoTracking().SingleAsync();
        Assert.Equal((MutationOperations.PartitionRemoved, "cash"), (removal.Operation, removal.Module));
    }

    [Fact]
    public async Task Import_AnotherCompanysUntrustedOrExpiredLicence_RefusedWithTheReasonAndNothingChanges()
    {
        var otherCompany = await Assert.ThrowsAsync<AdminException>(() => Import(Licence("0309999999", "cash")));
        var untrusted = await Assert.ThrowsAsync<AdminException>(() => Import(Licence(TaxCode, ["cash"], Signer.CreateKeyPair().PrivateKeyPem)));
        var expired = await Assert.ThrowsAsync<AdminException>(() => Import(Licence(TaxCode, ["cash"], validUntil: new DateOnly(2020, 12, 31))));

        Assert.Contains("0309999999", otherCompany.Message, StringComparison.Ordinal);
        Assert.Contains("signature invalid", untrusted.Message, StringComparison.Ordinal);
        Assert.Contains("expired on 2020-12-31", expired.Message, StringComparison.Ordinal);
        await using var db = node.Database();
        Assert.Null((await db.Tenants.AsNoTracking().SingleAsync(t => t.TaxCode == TaxCode)).LicensedModules);
        Assert.Empty(await db.ChangeLog.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task AdminApi_PutLicence_ImportsAndTamperedFileIs400()
    {
        using var admin = new HttpClient { BaseAddress = node.Address };
        admin.DefaultRequestHeaders.Add("X-Admin-Key", "test-admin-key");
        var file = Licence(TaxCode, "cash");

        using var ok = await admin.PutAsync($"admin/v1/tenants/{TaxCode}/licence", new StringContent(file));
        using var tampered = await admin.PutAsync($"admin/v1/tenants/{TaxCode}/licence", new StringContent(file.Replace("cash", "sale", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("signature", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<LicenceImported> Import(string file) =>
        node.Services.GetRequiredService<LicenceImport>().ImportAsync(TaxCode, file, CancellationToken.None);

    private string Licence(string taxCode, params string[] modules) => Licence(taxCode, modules, null);

    private string Licence(string taxCode, string[] modules, string? privateKeyPem = null, DateOnly? validUntil = null) =>
        LicenceIssuer.Issue(new Licence(Guid.NewGuid().ToString("N"), new DateOnly(2020, 1, 1), new Licensee("tenant-1", "Công ty TNHH Giấy Phép", taxCode),
            "standard", [.. modules.Select(m => new LicensedModule(m, 1))], 5, 5, new DateOnly(2020, 1, 1), validUntil ?? new DateOnly(2099, 12, 31)),
            privateKeyPem ?? vendor.PrivateKeyPem).ToJson();
}
