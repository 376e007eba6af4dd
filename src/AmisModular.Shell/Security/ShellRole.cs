using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Shell.Security;

/// <summary>A role and the permission patterns it grants (e.g. <c>cash.post</c>, <c>*.view</c>, <c>*</c>).</summary>
public sealed record ShellRole(string Name, LocalizedText Title, IReadOnlyList<string> Permissions);
