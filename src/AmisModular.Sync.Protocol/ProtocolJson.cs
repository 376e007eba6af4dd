using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmisModular.Sync.Protocol;

/// <summary>How protocol bodies are written on the wire: camelCase, enums as camelCase strings.</summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Applies the wire settings to an existing options instance (ASP.NET Core's HTTP JSON options).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
