using System.Text.Json.Serialization;

namespace AmisModular.Modularity.Licensing;

/// <summary>A module (licence feature) the licence covers, up to and including a major version.</summary>
public sealed record LicensedModule(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("maxMajor")] int MaxMajor);
