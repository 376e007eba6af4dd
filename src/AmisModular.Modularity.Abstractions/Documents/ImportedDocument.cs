namespace AmisModular.Modularity.Abstractions.Documents;

public sealed record ImportedDocument(Guid DocumentId, string DocumentType, string? Number);
