namespace AmisModular.Shell.Security.Storage;

internal sealed class RolePermissionRow
{
    public string Role { get; set; } = string.Empty;

    public string Permission { get; set; } = string.Empty;
}
