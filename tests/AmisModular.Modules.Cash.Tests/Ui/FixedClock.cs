namespace AmisModular.Modules.Cash.Tests.Ui;

/// <summary>A clock stopped at a moment in UTC, so "today" is the same on every machine.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
