namespace AmisModular.Shell.Companies;

/// <summary>The data set a user works in: Sổ tài chính (Tax, statutory) or Sổ quản trị (Internal, management).</summary>
public enum Book
{
    Tax,
    Internal,
}
