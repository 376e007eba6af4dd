namespace AmisModular.Cloud.Licensing;

/// <summary>What importing a licence changed: the modules now licensed and those every device of the tenant lost.</summary>
public sealed record LicenceImported(string LicenceId, string TaxCode, DateOnly ValidUntil, IReadOnlyList<string> Modules, IReadOnlyList<string> Removed);
