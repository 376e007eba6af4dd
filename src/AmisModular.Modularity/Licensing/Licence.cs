using System.Text.Json.Serialization;

namespace AmisModular.Modularity.Licensing;

/// <summary>The signed content of a licence file. <see cref="ValidUntil"/> is inclusive (the whole day).</summary>
public sealed record Licence(
    [property: JsonPropertyName("licenceId")] string LicenceId,
    [property: JsonPropertyName("issuedOn")] DateOnly IssuedOn,
    [property: JsonPropertyName("licensee")] Licensee Licensee,
    [property: JsonPropertyName("edition")] string Edition,
    [property: JsonPropertyName("modules")] IReadOnlyList<LicensedModule> Modules,
    [property: JsonPropertyName("seats")] int Seats,
    [property: JsonPropertyName("deviceLimit")] int DeviceLimit,
    [property: JsonPropertyName("validFrom")] DateOnly ValidFrom,
    [property: JsonPropertyName("validUntil")] DateOnly ValidUntil)
{
    public LicensedModule? FindModule(string featureId) =>
        Modules.FirstOrDefault(m => string.Equals(m.Id, featureId, StringComparison.OrdinalIgnoreCase));
}
