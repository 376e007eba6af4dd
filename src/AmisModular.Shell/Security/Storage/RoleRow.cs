namespace AmisModular.Shell.Security.Storage;

public sealed class RoleRow
{
    public string Name { get; set; } = string.Empty;

    public string TitleVi { get; set; } = string.Empty;

    public string TitleEn { get; set; } = string.Empty;
}
