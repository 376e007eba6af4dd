using AmisModular.Modularity.Profiles;

namespace AmisModular.Modularity.Tests.Profiles;

public sealed class DepartmentProfileReaderTests
{
    [Fact]
    public void Parse_WellFormed_NameDisplayNamesModules()
    {
        var profile = DepartmentProfileReader.Parse(ProfileFolder.TaxOffice);

        Assert.Equal("tax-office", profile.Name);
        Assert.Equal("Phòng thuế", profile.DisplayName.Vi);
        Assert.Equal("Tax office", profile.DisplayName.En);
        Assert.Equal(["tax", "reports"], profile.Modules.Select(m => m.Id));
    }

    [Fact]
    public void Parse_SeveralBrokenRules_EachNamedWithJsonPath()
    {
        const string json = """
            {
              "name": "Tax Office",
              "displayName": { "vi": "Phòng thuế" },
              "modules": [ { "id": "tax", "range": "[1.0.0, 2.0.0)" }, { "id": "sales" }, "cash", { "id": "tax", "range": "1.0.0" } ]
            }
            """;

        var error = Assert.Throws<DepartmentProfileFormatException>(() => DepartmentProfileReader.Parse(json, "tax-office.json"));

        Assert.Equal(
            [
                "$.name: 'Tax Office' phải khớp ^[a-z][a-z0-9-]{1,63}$ / must match ^[a-z][a-z0-9-]{1,63}$",
                "$.displayName.en: bắt buộc, là chuỗi không rỗng / required, a non-empty string",
                "$.modules[1].range: bắt buộc, là chuỗi không rỗng / required, a non-empty string",
                "$.modules[2]: phải là đối tượng {\"id\", \"range\"} / must be an object {\"id\", \"range\"}",
                "$.modules[3].id: phân hệ 'tax' bị lặp / module 'tax' listed twice",
            ],
            error.Errors.Select(e => e.ToString()));
        Assert.StartsWith("tax-office.json: $.name", error.Message);
    }

    [Fact]
    public void Parse_BadRange_NamesPathAndSyntax()
    {
        const string json = """{ "name": "a1", "displayName": { "vi": "A", "en": "A" }, "modules": [ { "id": "cash", "range": "latest" } ] }""";

        var error = Assert.Throws<DepartmentProfileFormatException>(() => DepartmentProfileReader.Parse(json));

        var only = Assert.Single(error.Errors);
        Assert.Equal("$.modules[0].range", only.Path);
        Assert.Contains("'latest' không phải khoảng phiên bản NuGet, ví dụ \"[1.0.0, 2.0.0)\" / is not a NuGet version range", only.Rule);
    }

    [Fact]
    public void Parse_NotJson_ErrorWithLine()
    {
        var error = Assert.Throws<DepartmentProfileFormatException>(() => DepartmentProfileReader.Parse("{\n \"name\": \"x\",\n oops }"));

        var only = Assert.Single(error.Errors);
        Assert.Contains("không phải JSON hợp lệ / not valid JSON (line 3)", only.Rule);
    }

    [Fact]
    public void Parse_ModulesMissing_NamesPath()
    {
        var error = Assert.Throws<DepartmentProfileFormatException>(
            () => DepartmentProfileReader.Parse("""{ "name": "a1", "displayName": { "vi": "A", "en": "A" } }"""));

        Assert.Equal("$.modules: bắt buộc, là mảng / required, an array", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void StoreLoad_NameDiffersFromFileName_Refused()
    {
        using var folder = new ProfileFolder();
        folder.Write("accounting", ProfileFolder.TaxOffice);

        var error = Assert.Throws<DepartmentProfileFormatException>(() => new DepartmentProfileStore(folder.Path).Load("accounting"));

        Assert.Equal("$.name: 'tax-office' phải trùng tên tệp 'accounting' / must equal the file name 'accounting'", Assert.Single(error.Errors).ToString());
    }

    [Fact]
    public void StoreNames_FolderOfProfiles_SortedNames()
    {
        using var folder = new ProfileFolder();

        Assert.Equal(["sales-counter", "tax-office"], new DepartmentProfileStore(folder.Path).Names());
    }
}
