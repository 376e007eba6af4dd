namespace AmisModular.Cli.Cli;

/// <summary>Bad input (exit 1); the message names the argument or option and the rule, in Vietnamese and English.</summary>
public sealed class CliInputException : Exception
{
    public CliInputException()
    {
    }

    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
