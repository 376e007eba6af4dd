using System.Text.Json;
using System.Text.Json.Serialization;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>The JSON of the control endpoint: camelCase, enums as names.</summary>
public static class ControlJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
