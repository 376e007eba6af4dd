namespace AmisModular.Benchmarks.Bulk;

/// <summary>A journal-line-like row: the width and column kinds of the cloud's and the ledger's journal lines.</summary>
public sealed class BulkLine
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public Guid VoucherId { get; set; }

    public int LineNo { get; set; }

    public DateOnly Date { get; set; }

    public string Account { get; set; } = "";

    public decimal Debit { get; set; }

    public decimal Credit { get; set; }

    public BulkSide Side { get; set; }

    public string? Description { get; set; }
}
