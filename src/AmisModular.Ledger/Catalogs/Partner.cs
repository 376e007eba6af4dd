namespace AmisModular.Ledger.Catalogs;

/// <summary>A customer, vendor or employee of a company (đối tượng), the detail of 131/331/141/334 balances.</summary>
public sealed class Partner
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? TaxCode { get; set; }

    public string? Address { get; set; }

    public PartnerKinds Kinds { get; set; }

    public long Version { get; set; }
}
