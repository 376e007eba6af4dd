namespace AmisModular.Benchmarks.Sync;

/// <summary>The upload floor's two halves: the cloud's rows (one transaction) and the client's acks (one transaction).</summary>
public sealed record UploadFloor(TimeSpan Cloud, TimeSpan Client)
{
    public TimeSpan Total => Cloud + Client;
}
