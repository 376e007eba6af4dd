using AmisModular.Modularity.Licensing;
using AmisModular.Modularity.Security;

namespace AmisModular.Cli.Composition;

/// <summary>Names trusted keys so a person can tell the vendor key from a development or extra key.</summary>
public static class TrustText
{
    private static readonly string VendorKeyId = KeyIds.For(VendorKeys.ProductionPublicKeyPem);

    public static string Keys(IEnumerable<PublisherKey> keys)
    {
        var names = keys.Select(Name).ToList();
        return names.Count == 0 ? "không có / none" : string.Join(", ", names);
    }

    public static string Name(PublisherKey key) =>
        key.KeyId == VendorKeyId ? $"{key.KeyId} (nhà cung cấp, cài sẵn / built-in vendor key)"
        : key.DevelopmentOnly ? $"{key.KeyId} (phát triển / development key, DEV ONLY)"
        : $"{key.KeyId} (cấu hình thêm / configured)";
}
