namespace AmisModular.Shell.Security;

/// <summary>No such role.</summary>
public sealed class UnknownRoleException : Exception
{
    public UnknownRoleException()
    {
    }

    public UnknownRoleException(string message)
        : base(message)
    {
    }

    public UnknownRoleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
