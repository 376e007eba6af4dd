using System.Text.Json.Serialization;

namespace AmisModular.Modularity.Licensing;

/// <summary>The company a licence is issued to.</summary>
/// <param name="TaxCode">Mã số thuế (MST): 10 digits, or 10-3 digits for a dependent unit.</param>
public sealed record Licensee(
    [property: JsonPropertyName("tenantId")] string TenantId,
    [property: JsonPropertyName("companyName")] string CompanyName,
    [property: JsonPropertyName("taxCode")] string TaxCode);
