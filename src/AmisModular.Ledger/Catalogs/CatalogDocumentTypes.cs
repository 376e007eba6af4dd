namespace AmisModular.Ledger.Catalogs;

/// <summary>Catalog entries sync like documents (architecture: "catalogs … sync like documents").</summary>
public static class CatalogDocumentTypes
{
    public const string Partner = "core.partner";

    public const string BankAccount = "core.bank-account";

    public const string Branch = "core.branch";

    /// <summary>A company's sub-account (tài khoản chi tiết) of the chart; the regime's seed accounts are on every node already.</summary>
    public const string Account = "core.account";

    public const int SchemaVersion = 1;
}
