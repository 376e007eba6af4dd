namespace AmisModular.Storage.Tests.Bulk;

/// <summary>A row whose integer key the database generates (identity / INTEGER PRIMARY KEY).</summary>
public sealed class BulkProbeCounter
{
    public int Id { get; set; }

    public string Label { get; set; } = "";
}
