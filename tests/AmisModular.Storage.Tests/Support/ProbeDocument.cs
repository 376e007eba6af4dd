namespace AmisModular.Storage.Tests.Support;

/// <summary>A minimal module document for storage tests.</summary>
public sealed class ProbeDocument
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public decimal Amount { get; set; }

    public string Currency { get; set; } = "VND";
}
