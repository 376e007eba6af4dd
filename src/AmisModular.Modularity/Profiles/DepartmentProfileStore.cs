namespace AmisModular.Modularity.Profiles;

/// <summary>The folder where IT keeps profiles, one file per profile: <c>&lt;name&gt;.json</c> (e.g. tax-office.json).</summary>
public sealed class DepartmentProfileStore(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<string> Names() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*.json")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <exception cref="DepartmentProfileNotFoundException">No file for that name.</exception>
    /// <exception cref="DepartmentProfileFormatException">The file breaks the format, or its name is not the file's.</exception>
    public DepartmentProfile Load(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var path = Path.Combine(Folder, name + ".json");
        if (!DepartmentProfileReader.ProfileName().IsMatch(name) || !File.Exists(path))
        {
            throw new DepartmentProfileNotFoundException(
                $"không có hồ sơ phòng ban '{name}' trong {Folder} / no department profile '{name}' in {Folder}"
                + $" (có / available: {string.Join(", ", Names())})");
        }

        var profile = DepartmentProfileReader.Parse(File.ReadAllText(path), path);
        if (profile.Name != name)
        {
            throw new DepartmentProfileFormatException(
                path, [new("$.name", $"'{profile.Name}' phải trùng tên tệp '{name}' / must equal the file name '{name}'")]);
        }

        return profile;
    }
}
