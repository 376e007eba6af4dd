using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;
using AmisModular.Printing.Tables;

namespace AmisModular.Modules.Reports.GeneralLedger;

/// <summary>
/// The general ledger of one account. Opening and closing match the account's trial-balance row (gross by partner
/// for two-sided accounts). <see cref="YearToDate"/> ("Cộng lũy kế từ đầu năm") is set when the range lies inside one
/// fiscal year: the turnover from the start of that year to <c>To</c>. With a partner (<see cref="FigureSource.PartnerId"/>)
/// every figure is that partner's only.
/// </summary>
public sealed record GeneralLedgerResult(
    ReportHeader Header,
    string AccountCode,
    string AccountName,
    AccountBalance Opening,
    IReadOnlyList<GeneralLedgerEntry> Entries,
    AccountBalance Period,
    AccountBalance Closing,
    AccountBalance? YearToDate,
    FigureSource Source,
    string? PartnerCode = null,
    string? PartnerName = null)
{
    public ReportTable ToTable() => GeneralLedgerTable.Build(this);
}
