using System.Globalization;

namespace AmisModular.Modularity.Hosting;

/// <summary>
/// This installation's device id, made once and kept in <c>&lt;data&gt;/device-id</c>. The outbox rows the shell and
/// <c>amis</c> write carry it and the sync host pushes with it, so all three must read it from here.
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
