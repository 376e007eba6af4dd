namespace AmisModular.Shell.Security.Storage;

public sealed class RolePermissionRow
{
    public string Role { get; set; } = string.Empty;

    public string Permission { get; set; } = string.Empty;
}
