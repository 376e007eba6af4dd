namespace AmisModular.Storage.Tests.Bulk;

/// <summary>A row with every kind of column the modules map: Guid key, money, plain decimal, dates, enum as text, nullables.</summary>
public sealed class BulkProbeRow
{
    public Guid Id { get; set; }

    public string Code { get; set; } = "";

    public string? Note { get; set; }

    public decimal Amount { get; set; }

    public decimal? Rate { get; set; }

    public DateOnly Date { get; set; }

    public DateTimeOffset At { get; set; }

    public BulkProbeKind Kind { get; set; }

    public bool Flag { get; set; }

    public long Counter { get; set; }

    public int? Optional { get; set; }
}
