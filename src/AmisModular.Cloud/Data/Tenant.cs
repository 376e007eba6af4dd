namespace AmisModular.Cloud.Data;

/// <summary>A company, identified by its tax code; <see cref="CompanyId"/> is the id its documents carry.</summary>
public sealed class Tenant
{
    public Guid Id { get; set; }

    public string TaxCode { get; set; } = "";

    public string Name { get; set; } = "";

    public Guid CompanyId { get; set; }

    /// <summary>Comma-separated licensed module ids; null = no licence configured (every module allowed).</summary>
    public string? LicensedModules { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool IsLicensed(string module) =>
        LicensedModules is null || module == "core" || LicensedModules.Split(',', StringSplitOptions.TrimEntries).Contains(module, StringComparer.Ordinal);
}
