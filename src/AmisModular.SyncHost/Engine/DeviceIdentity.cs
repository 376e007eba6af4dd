using System.Globalization;

namespace AmisModular.SyncHost.Engine;

/// <summary>
/// This installation's device id, in <c>&lt;data&gt;/device-id</c> exactly as the shell and the CLI keep it: the outbox
/// rows they write carry it, so the sync host must push with the same id.
/// </summary>
public static class DeviceIdentity
{
    public const string FileName = "device-id";

    public static Guid LoadOrCreate(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path) && Guid.TryParse(File.ReadAllText(path).Trim(), CultureInfo.InvariantCulture, out var existing))
        {
            return existing;
        }

        Directory.CreateDirectory(dataDirectory);
        var created = Guid.NewGuid();
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, created.ToString("D"));
        File.Move(temporary, path, overwrite: true);
        return created;
    }
}
