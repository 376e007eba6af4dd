namespace AmisModular.Ledger.Catalogs;

/// <summary>Đối tượng: one partner may be customer, vendor and employee at once.</summary>
[Flags]
public enum PartnerKinds
{
    None = 0,
    Customer = 1,
    Vendor = 2,
    Employee = 4,
}
