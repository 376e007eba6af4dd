using AmisModular.Ledger.Catalogs;
using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Periods;

namespace AmisModular.Modules.Reports.Common;

/// <summary>What a report reads besides the figures: header, chart (for names and parents), partners, fiscal year.</summary>
public sealed record ReportContext(
    ReportHeader Header, ChartOfAccounts Chart, IReadOnlyDictionary<Guid, Partner> Partners, FiscalYear FiscalYear)
{
    public string AccountName(string code) => Chart.Find(code)?.NameVi ?? "(không có trong hệ thống tài khoản)";

    public string? PartnerName(Guid? id) => id is { } key && Partners.TryGetValue(key, out var p) ? p.Name : null;

    public string? PartnerCode(Guid? id) => id is { } key && Partners.TryGetValue(key, out var p) ? p.Code : null;
}
