using System.Text.Json;

namespace AmisModular.Cli.Commands.Doc;

/// <summary>One item of the envelope's "documents" array: {"module", "documentType", "document"}.</summary>
public sealed record InterchangeEntry(int Index, string? Module, string? DocumentType, JsonElement? Document);
