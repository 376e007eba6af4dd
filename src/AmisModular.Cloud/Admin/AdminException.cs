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

    /// <summary>No tenant has this tax code: one wording for every admin operation.</summary>
    public static AdminException UnknownTenant(string taxCode) =>
        new($"Không có công ty mã số thuế {taxCode}. / No tenant with tax code {taxCode}.");
}
