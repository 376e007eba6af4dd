namespace AmisModular.Ledger.Companies;

/// <summary>A tenant: one enterprise, identified by its tax code. A service firm keeps many in one installation.</summary>
public sealed class Company
{
    public Guid Id { get; set; }

    /// <summary>Mã số thuế: 10 digits, 10 digits + "-" + 3 digits (dependent unit), or 12 digits (personal ID).</summary>
    public string TaxCode { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Address { get; set; }

    /// <summary>"Sử dụng thêm hệ thống sổ quản trị": the Internal book is kept besides the Tax book.</summary>
    public bool UsesInternalBook { get; set; }
}
