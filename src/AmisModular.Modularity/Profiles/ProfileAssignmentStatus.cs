namespace AmisModular.Modularity.Profiles;

public enum ProfileAssignmentStatus
{
    /// <summary>No profile named for this device: every module is allowed.</summary>
    NotAssigned,

    Assigned,

    /// <summary>A profile is named but cannot be used (missing, malformed): no module is allowed until IT fixes it.</summary>
    Broken,
}
