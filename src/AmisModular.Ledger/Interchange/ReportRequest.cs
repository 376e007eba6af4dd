using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Interchange;

/// <summary>What <c>amis report &lt;name&gt;</c> asks a renderer for.</summary>
/// <param name="Account">An account (prefix) for account reports (ledger, cash book), e.g. 1111; null = the report's default.</param>
/// <param name="Format">One of <see cref="ReportFormats"/>.</param>
public sealed record ReportRequest(Guid CompanyId, Book Book, DateOnly From, DateOnly To, string? Account, string Format);
