namespace AmisModular.Cli.Cli;

/// <summary>A folder, file or profile the command needs is not there (exit 2); the message names it.</summary>
public sealed class CliNotFoundException : Exception
{
    public CliNotFoundException()
    {
    }

    public CliNotFoundException(string message)
        : base(message)
    {
    }

    public CliNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
