using System.Text;

namespace AmisModular.Modularity.Profiles;

/// <summary>A profile assignment in a few lines a person reads (`amis profile show`).</summary>
public static class DepartmentProfileSummary
{
    public static string Format(ProfileAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var text = new StringBuilder();
        text.Append("Trạng thái / Status: ").Append(assignment.Status).Append(" — ").AppendLine(assignment.Reason);
        if (assignment.Profile is { } profile)
        {
            text.AppendLine(Format(profile));
        }

        return text.ToString();
    }

    public static string Format(DepartmentProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var text = new StringBuilder();
        text.Append("Hồ sơ / Profile: ").Append(profile.Name)
            .Append(" (").Append(profile.DisplayName.Vi).Append(" / ").Append(profile.DisplayName.En).AppendLine(")");
        text.AppendLine("Phân hệ / Modules:");
        foreach (var module in profile.Modules)
        {
            text.Append("  ").Append(module.Id).Append(' ').AppendLine(module.Range.ToNormalizedString());
        }

        return text.ToString().TrimEnd();
    }
}
