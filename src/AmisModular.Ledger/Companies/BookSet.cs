namespace AmisModular.Ledger.Companies;

/// <summary>The books a document belongs to: a valid voucher goes to both; a non-valid one to the Internal book only.</summary>
[Flags]
public enum BookSet
{
    None = 0,
    Tax = 1,
    Internal = 2,
    Both = Tax | Internal,
}
