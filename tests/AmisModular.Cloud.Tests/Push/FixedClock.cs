namespace AmisModular.Cloud.Tests.Push;

/// <summary>A clock that stands still, so two processors run on two databases write the same timestamps.</summary>
public sealed class FixedClock : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
