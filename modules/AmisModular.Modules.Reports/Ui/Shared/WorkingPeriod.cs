using AmisModular.Ledger.Periods;

namespace AmisModular.Modules.Reports.Ui.Shared;

/// <summary>The fiscal year the user works in, and the range a report opens with.</summary>
public sealed record WorkingPeriod(DateOnly YearStart, DateOnly YearEnd, AccountingRegime Regime)
{
    /// <summary>The month of today inside the fiscal year; a past or future year opens on its nearest month.</summary>
    public (DateOnly From, DateOnly To) DefaultRange(DateOnly today)
    {
        var day = today < YearStart ? YearStart : today > YearEnd ? YearEnd : today;
        var from = new DateOnly(day.Year, day.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        return (from < YearStart ? YearStart : from, to > YearEnd ? YearEnd : to);
    }
}
