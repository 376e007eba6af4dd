namespace AmisModular.Cloud.Data;

/// <summary>
/// A fiscal year (năm tài chính) the tenant's admin opened on the server for a book: documents must be dated inside an
/// open fiscal year. Usually the calendar year; a company may start its year on another month (12 months from Start).
/// </summary>
public sealed class CloudFiscalYear
{
    public Guid BookId { get; set; }

    /// <summary>The year's name, the calendar year it starts in (2026 for 01/04/2026–31/03/2027).</summary>
    public int Year { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public bool Contains(DateOnly date) => date >= StartDate && date <= EndDate;
}
