using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Modularity.Profiles;

/// <summary>The module set IT assigns to a department (accounting, sales-counter, tax-office...).</summary>
public sealed record DepartmentProfile(string Name, LocalizedText DisplayName, IReadOnlyList<ProfileModule> Modules)
{
    public ProfileModule? FindModule(string moduleId) =>
        Modules.FirstOrDefault(m => string.Equals(m.Id, moduleId, StringComparison.OrdinalIgnoreCase));
}
