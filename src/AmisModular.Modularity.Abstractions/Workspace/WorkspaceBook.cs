namespace AmisModular.Modularity.Abstractions.Workspace;

/// <summary>Sổ tài chính (Tax, statutory) or Sổ quản trị (Internal, management); same names as the ledger's books.</summary>
public enum WorkspaceBook
{
    Tax,
    Internal,
}
