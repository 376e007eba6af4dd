namespace AmisModular.Modules.Reports.Common;

/// <summary>The document behind a journal or ledger line, for drill-down: open it in its module.</summary>
public sealed record DocumentReference(Guid DocumentId, string ModuleId, string DocumentType, string? DocumentNumber, int SourceLineNo);
