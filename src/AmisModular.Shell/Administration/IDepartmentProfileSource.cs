namespace AmisModular.Shell.Administration;

/// <summary>
/// Port: the department profile of this device (read only in the shell). The module host's profile gate
/// implements it at integration; <see cref="HostDepartmentProfileSource"/> reads the profile gate.
/// </summary>
public interface IDepartmentProfileSource
{
    /// <summary>Null when no profile is assigned (every installed module is allowed).</summary>
    Task<DepartmentProfileSummary?> GetAsync(CancellationToken cancellationToken = default);
}
