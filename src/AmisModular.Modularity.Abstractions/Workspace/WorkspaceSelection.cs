namespace AmisModular.Modularity.Abstractions.Workspace;

/// <summary>The current company, book and fiscal year (the year that starts in <paramref name="FiscalYear"/>).</summary>
public sealed record WorkspaceSelection(Guid CompanyId, string CompanyName, WorkspaceBook Book, int FiscalYear);
