namespace AmisModular.Shell.Companies;

/// <summary>A new company's field breaks a rule; <see cref="Field"/> names it, the message says the rule (vi / en).</summary>
public sealed class CompanyValidationException : Exception
{
    public CompanyValidationException()
    {
    }

    public CompanyValidationException(string message)
        : base(message)
    {
    }

    public CompanyValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CompanyValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Field { get; } = string.Empty;
}
