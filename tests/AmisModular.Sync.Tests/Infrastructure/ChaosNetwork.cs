namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>
/// The seeded dice behind every <see cref="ChaosHandler"/> of a test: which fault hits which request. One instance
/// shared by all clients (and their restarts), so one seed replays the same run.
/// </summary>
public sealed class ChaosNetwork(int seed)
{
    private readonly Random random = new(seed);
    private readonly Lock gate = new();

    /// <summary>Chance per request of a fault; 0 turns the network calm.</summary>
    public double FaultRate { get; set; } = 0.15;

    public int DroppedRequests { get; private set; }

    public int DroppedResponses { get; private set; }

    public int Delayed { get; private set; }

    public int Duplicated { get; private set; }

    public int Reordered { get; private set; }

    public int Outages { get; private set; }

    /// <summary>Requests still to fail in the current outage (longer than the engine's retries: the sync run fails).</summary>
    private int outageLeft;

    public ChaosFault Next()
    {
        lock (gate)
        {
            if (outageLeft > 0 && FaultRate > 0)
            {
                outageLeft--;
                DroppedRequests++;
                return ChaosFault.DropRequest;
            }

            if (random.NextDouble() >= FaultRate)
            {
                return ChaosFault.None;
            }

            if (random.Next(10) == 0)
            {
                // The link goes down for a while: the run gives up and a later one resumes.
                (outageLeft, Outages) = (random.Next(5, 12), Outages + 1);
                DroppedRequests++;
                return ChaosFault.DropRequest;
            }

            var fault = (ChaosFault)random.Next(1, 6);
            _ = fault switch
            {
                ChaosFault.DropRequest => DroppedRequests++,
                ChaosFault.DropResponse => DroppedResponses++,
                ChaosFault.Delay => Delayed++,
                ChaosFault.Duplicate => Duplicated++,
                _ => Reordered++,
            };
            return fault;
        }
    }

    public int NextDelayMilliseconds()
    {
        lock (gate)
        {
            return random.Next(1, 40);
        }
    }

    public override string ToString() =>
        $"dropped requests {DroppedRequests}, dropped responses {DroppedResponses}, delayed {Delayed}, duplicated {Duplicated}, reordered {Reordered}, outages {Outages}";
}
