namespace AmisModular.Cli.Cli;

/// <summary>What a script calling <c>amis</c> can act on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Unknown command, a bad option value, an input file that cannot be read.</summary>
    public const int InvalidInput = 1;

    /// <summary>A package or licence that does not verify; a folder, profile or licence that is not there.</summary>
    public const int VerificationFailed = 2;

    /// <summary>Anything else: a bug or an environment failure (disk full, permissions).</summary>
    public const int Unexpected = 3;
}
