namespace AmisModular.Shell.Security;

/// <summary>A user name is already taken.</summary>
public sealed class DuplicateUserNameException : Exception
{
    public DuplicateUserNameException()
    {
    }

    public DuplicateUserNameException(string message)
        : base(message)
    {
    }

    public DuplicateUserNameException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
