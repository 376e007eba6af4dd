namespace AmisModular.Vendor.Cli;

/// <summary>Bad input to a vendor command; the message names the option or field and the rule, in Vietnamese and English.</summary>
public sealed class VendorInputException : Exception
{
    public VendorInputException()
    {
    }

    public VendorInputException(string message)
        : base(message)
    {
    }

    public VendorInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
