namespace AmisModular.Ledger.Periods;

/// <summary>A monthly accounting period. Locked (khóa sổ) = no voucher dated in it may be posted, unposted or changed.</summary>
public sealed class FiscalPeriod
{
    public Guid Id { get; set; }

    public Guid FiscalYearId { get; set; }

    public Guid CompanyId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public bool IsLocked { get; set; }

    public string? LockedBy { get; set; }

    public DateTimeOffset? LockedAt { get; set; }

    public string? UnlockedBy { get; set; }

    public DateTimeOffset? UnlockedAt { get; set; }

    public string Name => $"{StartDate.Month:00}/{StartDate.Year}";
}
