namespace AmisModular.Cli.Tests.Infrastructure;

internal sealed record CliResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit {ExitCode}:{Environment.NewLine}{Output}";
}
