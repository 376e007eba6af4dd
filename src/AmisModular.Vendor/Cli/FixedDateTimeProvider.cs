namespace AmisModular.Vendor.Cli;

/// <summary>Checks a licence as of a chosen day (`licence verify --on`).</summary>
internal sealed class FixedDateTimeProvider(DateOnly day) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
