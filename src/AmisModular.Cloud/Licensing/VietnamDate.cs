namespace AmisModular.Cloud.Licensing;

/// <summary>
/// Today's date in Vietnam (UTC+7, no daylight saving). Licence dates are Vietnamese calendar days and the cloud's
/// host may run in UTC: a licence valid until 31/12 must still be valid at 06:00 UTC on 31/12 (13:00 in Hà Nội).
/// </summary>
public static class VietnamDate
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
