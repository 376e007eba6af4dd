namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>The system clock moved forward on demand: lets a cloud node's access tokens expire between two requests.</summary>
public sealed class ShiftedClock : TimeProvider
{
    private long offsetTicks;

    public void Advance(TimeSpan by) => Interlocked.Add(ref offsetTicks, by.Ticks);

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref offsetTicks));
}
