namespace AmisModular.Modularity.Tests.Profiles;

/// <summary>A temp profiles folder holding IT's usual profiles.</summary>
internal sealed class ProfileFolder : IDisposable
{
    public const string TaxOffice = """
        {
          "name": "tax-office",
          "displayName": { "vi": "Phòng thuế", "en": "Tax office" },
          "modules": [
            { "id": "tax", "range": "[1.0.0, 2.0.0)" },
            { "id": "reports", "range": "1.0.0" }
          ]
        }
        """;

    public const string SalesCounter = """
        {
          "name": "sales-counter",
          "displayName": { "vi": "Quầy bán hàng", "en": "Sales counter" },
          "modules": [ { "id": "sales", "range": "[2.0.0, 3.0.0)" }, { "id": "cash", "range": "[1.0.0, 2.0.0)" } ]
        }
        """;

    public ProfileFolder()
    {
        Directory.CreateDirectory(Path);
        Write("tax-office", TaxOffice);
        Write("sales-counter", SalesCounter);
    }

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "amis-profiles-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string json) => System.IO.File.WriteAllText(File(name + ".json"), json);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
