using AmisModular.Modularity.Profiles;

namespace AmisModular.Shell.Administration;

/// <summary><see cref="IDepartmentProfileSource"/> on the host's <see cref="DepartmentProfileGate"/> (as `amis profile show` reads it).</summary>
public sealed class HostDepartmentProfileSource(DepartmentProfileGate gate, DepartmentProfileOptions options) : IDepartmentProfileSource
{
    public Task<DepartmentProfileSummary?> GetAsync(CancellationToken cancellationToken = default)
    {
        var assignment = gate.Assignment;
        if (assignment.Status == ProfileAssignmentStatus.NotAssigned)
        {
            return Task.FromResult<DepartmentProfileSummary?>(null);
        }

        var assignedBy = !string.IsNullOrWhiteSpace(options.AssignedProfile)
            ? "cấu hình / configuration (DepartmentProfiles:AssignedProfile)"
            : options.AssignmentFilePath ?? string.Empty;
        if (assignment.Profile is not { } profile)
        {
            // Named but unusable: the device runs no module until IT fixes it; say why instead of listing modules.
            return Task.FromResult<DepartmentProfileSummary?>(new DepartmentProfileSummary(
                assignment.ProfileName ?? "?", $"{assignedBy} — {assignment.Reason}", []));
        }

        var name = $"{profile.Name} ({profile.DisplayName.Vi} / {profile.DisplayName.En})";
        return Task.FromResult<DepartmentProfileSummary?>(new DepartmentProfileSummary(
            name, assignedBy, [.. profile.Modules.Select(m => new DepartmentProfileModule(m.Id, m.Range.ToNormalizedString()))]));
    }
}
