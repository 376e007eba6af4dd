using System.Text.Json;

namespace AmisModular.SyncHost.Endpoint;

/// <summary>The discovery file beside the store: where the running host listens and which process it is.</summary>
public sealed record ControlDiscovery(Uri Url, int Pid)
{
    public void Write(string path)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, ControlJson.Options));
        File.Move(temp, path, overwrite: true);
    }

    /// <returns>Null when the file does not exist or cannot be read as discovery JSON.</returns>
    public static ControlDiscovery? TryRead(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<ControlDiscovery>(File.ReadAllText(path), ControlJson.Options);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
