namespace AmisModular.Shell.Administration;

/// <summary>The department profile IT assigned to this device: its name and the module version ranges it allows.</summary>
public sealed record DepartmentProfileSummary(string Name, string AssignedBy, IReadOnlyList<DepartmentProfileModule> Modules);
