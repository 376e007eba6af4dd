namespace AmisModular.Modularity.Tests.Licensing;

/// <summary>A clock stopped on one day, 09:00 in Vietnam (UTC+7).</summary>
internal sealed class FixedTime(DateOnly day) : TimeProvider
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");

    public override TimeZoneInfo LocalTimeZone => Vietnam;

    public override DateTimeOffset GetUtcNow() => new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
}
