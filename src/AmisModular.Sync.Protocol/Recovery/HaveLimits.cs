namespace AmisModular.Sync.Protocol.Recovery;

public static class HaveLimits
{
    /// <summary>The most documents one /have request may name (413 batch-too-large beyond).</summary>
    public const int MaxDocuments = 1000;
}
