namespace AmisModular.Shell.Administration;

/// <summary>An uploaded licence file was refused; the message says why (vi / en).</summary>
public sealed class InvalidLicenceFileException : Exception
{
    public InvalidLicenceFileException()
    {
    }

    public InvalidLicenceFileException(string message)
        : base(message)
    {
    }

    public InvalidLicenceFileException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
