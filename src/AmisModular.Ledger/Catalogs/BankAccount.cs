namespace AmisModular.Ledger.Catalogs;

/// <summary>A company's bank account; its money is booked on <see cref="AccountCode"/> (e.g. 1121).</summary>
public sealed class BankAccount
{
    public Guid Id { get; set; }

    public Guid CompanyId { get; set; }

    public string AccountNumber { get; set; } = "";

    public string BankName { get; set; } = "";

    public string AccountCode { get; set; } = "";

    public string Currency { get; set; } = "VND";

    public long Version { get; set; }
}
