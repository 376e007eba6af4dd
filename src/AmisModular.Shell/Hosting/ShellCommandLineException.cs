namespace AmisModular.Shell.Hosting;

/// <summary>A command-line option is unknown or has a bad value; the message names it.</summary>
public sealed class ShellCommandLineException : Exception
{
    public ShellCommandLineException()
    {
    }

    public ShellCommandLineException(string message)
        : base(message)
    {
    }

    public ShellCommandLineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
