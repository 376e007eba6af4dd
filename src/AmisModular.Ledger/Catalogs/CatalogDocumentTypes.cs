namespace AmisModular.Ledger.Catalogs;

/// <summary>Catalog entries sync like documents (architecture: "catalogs … sync like documents").</summary>
public static class CatalogDocumentTypes
{
    public const string Partner = "core.partner";

    public const string BankAccount = "core.bank-account";

    public const string Branch = "core.branch";

    public const int SchemaVersion = 1;
}
