namespace AmisModular.Shell.Security;

/// <summary>A field of a new user breaks a rule; <see cref="Field"/> names it, the message says the rule (vi / en).</summary>
public sealed class AccountValidationException : Exception
{
    public AccountValidationException()
    {
    }

    public AccountValidationException(string message)
        : base(message)
    {
    }

    public AccountValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AccountValidationException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    public string Field { get; } = string.Empty;
}
