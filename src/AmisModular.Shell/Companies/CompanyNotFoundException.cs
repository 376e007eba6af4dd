namespace AmisModular.Shell.Companies;

/// <summary>A switch named a company, book or fiscal year that does not exist.</summary>
public sealed class CompanyNotFoundException : Exception
{
    public CompanyNotFoundException()
    {
    }

    public CompanyNotFoundException(string message)
        : base(message)
    {
    }

    public CompanyNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
