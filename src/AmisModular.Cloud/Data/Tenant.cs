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

    /// <summary>The last day (inclusive, Vietnam date) of the imported licence; null = no end (no licence file, or set by hand).</summary>
    public DateOnly? LicenceValidUntil { get; set; }

    /// <summary>The id of the imported licence file, to tell the operator which licence is in force.</summary>
    public string? LicenceId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public bool LicenceExpiredOn(DateOnly today) => LicenceValidUntil is { } until && today > until;

    public bool IsLicensed(string module) => Modules() is not { } modules || modules.Contains(module, StringComparer.Ordinal);

    /// <summary>The modules the tenant may use, core always among them; null = every module (no licence configured).</summary>
    public IReadOnlyList<string>? Modules() =>
        LicensedModules is null ? null : ["core", .. LicensedModules.Split(',', StringSplitOptions.TrimEntries)];
}
