namespace AmisModular.Cli.Commands.Doc;

/// <summary>One reason a file is refused: the document's position in "documents" (from 1), the JSON path, the rule, the message.</summary>
public sealed record ImportProblem(int Index, string DocumentType, string Field, string Rule, string Message);
