namespace AmisModular.Modularity.Profiles;

/// <summary>The small file IT puts on a device to name its profile: <c>{"profile": "tax-office"}</c>.</summary>
public static class DeviceProfileAssignment
{
    /// <summary>The profile name, or null when the file does not exist.</summary>
    /// <exception cref="DepartmentProfileFormatException">The file exists but breaks the format.</exception>
    public static string? Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return null;
        }

        var root = DepartmentProfileReader.ParseObject(File.ReadAllText(path), path);
        var errors = new List<ProfileValidationError>();
        var name = DepartmentProfileReader.RequiredString(root, "profile", "$.profile", errors);
        if (name is not null && !DepartmentProfileReader.ProfileName().IsMatch(name))
        {
            errors.Add(new("$.profile", $"'{name}' phải khớp ^[a-z][a-z0-9-]{{1,63}}$ / must match ^[a-z][a-z0-9-]{{1,63}}$"));
        }

        return errors.Count > 0 ? throw new DepartmentProfileFormatException(path, errors) : name;
    }

    public static void Write(string path, string profileName)
    {
        ArgumentNullException.ThrowIfNull(path);
        var json = new System.Text.Json.Nodes.JsonObject { ["profile"] = profileName };
        File.WriteAllText(path, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }
}
