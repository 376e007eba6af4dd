using AmisModular.Ledger.Periods;

namespace AmisModular.Ledger.Companies.Joining;

/// <summary>What joining did: whether the company was created here or already here, the years it opened, and the device series.</summary>
/// <param name="SkippedYearStarts">Years of the server that overlap a differently dated year already open here (left as they are).</param>
public sealed record CompanyJoinResult(
    Company Company, bool Created, IReadOnlyList<FiscalYear> OpenedYears, IReadOnlyList<DateOnly> SkippedYearStarts, string DeviceSeries);
