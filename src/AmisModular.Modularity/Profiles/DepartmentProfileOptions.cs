namespace AmisModular.Modularity.Profiles;

/// <summary>Where profiles are and which one this device uses (configuration section <see cref="SectionName"/>).</summary>
public sealed class DepartmentProfileOptions
{
    public const string SectionName = "DepartmentProfiles";

    /// <summary>The folder of <c>&lt;name&gt;.json</c> profiles.</summary>
    public string? ProfilesFolder { get; set; }

    /// <summary>The profile name, set directly; wins over <see cref="AssignmentFilePath"/>.</summary>
    public string? AssignedProfile { get; set; }

    /// <summary>A device assignment file <c>{"profile": "..."}</c>; absent file = no profile assigned.</summary>
    public string? AssignmentFilePath { get; set; }
}
