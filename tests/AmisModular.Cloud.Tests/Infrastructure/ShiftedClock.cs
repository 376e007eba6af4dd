namespace AmisModular.Cloud.Tests.Infrastructure;

/// <summary>The system clock moved forward on demand: lets access tokens and enrollment codes expire in a test.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));
}
