namespace AmisModular.Cli.Accounting;

/// <summary>This installation's device id (outbox sequences are per device), created once in the data folder.</summary>
internal static class DeviceIdentity
{
    public static Guid Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "device-id");
        if (File.Exists(path) && Guid.TryParse(File.ReadAllText(path).Trim(), out var id))
        {
            return id;
        }

        id = Guid.NewGuid();
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, id.ToString());
        return id;
    }
}
