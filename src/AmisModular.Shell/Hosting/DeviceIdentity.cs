using System.Globalization;

namespace AmisModular.Shell.Hosting;

/// <summary>This installation's device id (outbox sequences are per device), made once and kept in <c>device-id</c> of the data folder.</summary>
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
