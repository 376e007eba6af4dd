namespace AmisModular.Modularity.Profiles;

/// <summary>The profile this device resolved to, with a reason in Vietnamese and English.</summary>
public sealed record ProfileAssignment(ProfileAssignmentStatus Status, string Reason, string? ProfileName = null, DepartmentProfile? Profile = null)
{
    public static ProfileAssignment Resolve(DepartmentProfileOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string? name;
        try
        {
            name = !string.IsNullOrWhiteSpace(options.AssignedProfile)
                ? options.AssignedProfile
                : options.AssignmentFilePath is null ? null : DeviceProfileAssignment.Read(options.AssignmentFilePath);
        }
        catch (Exception e) when (e is DepartmentProfileFormatException or IOException or UnauthorizedAccessException)
        {
            return Broken(null, $"tệp gán hồ sơ của thiết bị không đọc được / device assignment file unreadable: {e.Message}");
        }

        if (name is null)
        {
            return new(ProfileAssignmentStatus.NotAssigned, "chưa gán hồ sơ phòng ban / no department profile assigned");
        }

        if (string.IsNullOrWhiteSpace(options.ProfilesFolder))
        {
            return Broken(name, $"chưa cấu hình thư mục hồ sơ / no profiles folder configured for profile '{name}'");
        }

        try
        {
            var profile = new DepartmentProfileStore(options.ProfilesFolder).Load(name);
            return new(ProfileAssignmentStatus.Assigned, $"hồ sơ phòng ban '{name}' / department profile '{name}'", name, profile);
        }
        catch (Exception e) when (e is DepartmentProfileFormatException or DepartmentProfileNotFoundException or IOException or UnauthorizedAccessException)
        {
            return Broken(name, $"hồ sơ phòng ban '{name}' không dùng được / department profile '{name}' unusable: {e.Message}");
        }
    }

    private static ProfileAssignment Broken(string? name, string reason) => new(ProfileAssignmentStatus.Broken, reason, name);
}
