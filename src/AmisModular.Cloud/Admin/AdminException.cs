namespace AmisModular.Cloud.Admin;

/// <summary>An admin operation refused with a reason a person can read (unknown tenant, bad tax code...).</summary>
public sealed class AdminException : Exception
{
    public AdminException(string message) : base(message)
    {
    }

    public AdminException()
    {
    }

    public AdminException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
