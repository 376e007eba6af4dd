namespace AmisModular.Modularity.Licensing;

/// <summary>A licence file that cannot be read: not JSON, a missing or invalid field (the message names it and the rule).</summary>
public sealed class LicenceFormatException : Exception
{
    public LicenceFormatException()
    {
    }

    public LicenceFormatException(string message)
        : base(message)
    {
    }

    public LicenceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
