namespace AmisModular.Shell.Administration;

/// <summary>One module of a department profile and the version range (NuGet syntax) it allows.</summary>
public sealed record DepartmentProfileModule(string ModuleId, string VersionRange);
