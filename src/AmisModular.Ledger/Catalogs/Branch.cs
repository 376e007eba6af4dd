namespace AmisModular.Ledger.Catalogs;

/// <summary>A branch (chi nhánh) of a company: a dimension on every document, with its own number series.</summary>
public sealed class Branch
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>Phụ thuộc: its books are combined with the head office's.</summary>
    public bool IsDependent { get; set; } = true;

    public long Version { get; set; }
}
