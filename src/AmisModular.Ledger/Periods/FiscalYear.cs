namespace AmisModular.Ledger.Periods;

/// <summary>A company's fiscal year (usually the calendar year) with its regime and twelve monthly periods.</summary>
public sealed class FiscalYear
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public AccountingRegime Regime { get; set; }

    public List<FiscalPeriod> Periods { get; set; } = [];

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;
}
