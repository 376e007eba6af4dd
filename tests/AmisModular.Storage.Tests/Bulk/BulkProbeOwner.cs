namespace AmisModular.Storage.Tests.Bulk;

/// <summary>A row with an owned value object: a mapping the bulk writer refuses.</summary>
public sealed class BulkProbeOwner
{
    public Guid Id { get; set; }

    public BulkProbeAddress Address { get; set; } = new();
}

public sealed class BulkProbeAddress
{
    public string Street { get; set; } = "";
}
