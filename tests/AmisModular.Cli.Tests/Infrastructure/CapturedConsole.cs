using Spectre.Console;

namespace AmisModular.Cli.Tests.Infrastructure;

/// <summary>A plain, wide console that records what a command printed.</summary>
internal sealed class CapturedConsole
{
    private readonly StringWriter _writer = new();

    public CapturedConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 1000;
    }

    public IAnsiConsole Console { get; }

    public string Output => _writer.ToString();
}
