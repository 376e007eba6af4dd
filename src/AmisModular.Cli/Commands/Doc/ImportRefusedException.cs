namespace AmisModular.Cli.Commands.Doc;

/// <summary>Thrown inside the import scope so it rolls back; carries the problems to print.</summary>
public sealed class ImportRefusedException(IReadOnlyList<ImportProblem> problems) : Exception("import refused")
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;
}
