using AmisModular.Modularity.Gating;
using NuGet.Versioning;

namespace AmisModular.Modularity.Profiles;

/// <summary>
/// Applies the department profile assigned to this device. No profile assigned: every module allowed.
/// A profile named but unusable: no module allowed (fails closed, since IT meant to restrict this device). Never throws.
/// </summary>
public sealed class DepartmentProfileGate(DepartmentProfileOptions options) : IDepartmentProfileGate
{
    private Lazy<ProfileAssignment> _assignment = new(() => ProfileAssignment.Resolve(options));

    /// <summary>The profile as resolved at first use (or the last <see cref="Reload"/>): for `amis profile show`.</summary>
    public ProfileAssignment Assignment => _assignment.Value;

    public void Reload() => _assignment = new(() => ProfileAssignment.Resolve(options));

    public VersionRange? AllowedRange(string moduleId) => Assignment switch
    {
        { Status: ProfileAssignmentStatus.NotAssigned } => VersionRange.All,
        { Profile: { } profile } => profile.FindModule(moduleId)?.Range,
        _ => null,
    };

    public ModuleGateDecision Check(string moduleId, NuGetVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var assignment = Assignment;
        if (assignment.Status == ProfileAssignmentStatus.NotAssigned)
        {
            return ModuleGateDecision.Allow(assignment.Reason);
        }

        if (assignment.Profile is not { } profile)
        {
            return ModuleGateDecision.Deny(assignment.Reason);
        }

        var module = profile.FindModule(moduleId);
        if (module is null)
        {
            return ModuleGateDecision.Deny(
                $"phân hệ '{moduleId}' không có trong hồ sơ phòng ban '{profile.Name}' / module '{moduleId}' is not in profile '{profile.Name}'");
        }

        var range = module.Range.ToNormalizedString();
        return module.Range.Satisfies(version)
            ? ModuleGateDecision.Allow(
                $"phiên bản {version} trong khoảng {range} của hồ sơ '{profile.Name}' / version {version} within profile range {range}")
            : ModuleGateDecision.Deny(
                $"phiên bản {version} nằm ngoài khoảng {range} của hồ sơ '{profile.Name}' / version {version} outside profile range {range}");
    }
}
