namespace AmisModular.Vendor.Cli;

/// <summary>What a script calling amis-vendor can act on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A missing or malformed argument, an unreadable input file, a key that is not P-256.</summary>
    public const int InvalidInput = 1;

    /// <summary>A licence that does not verify: bad signature, expired, not yet valid, other tenant.</summary>
    public const int VerificationFailed = 2;

    /// <summary>The output could not be written.</summary>
    public const int OutputFailed = 3;
}
