using AmisModular.Shell.Companies;
using AmisModular.Shell.Hosting;

namespace AmisModular.Shell.Tests.Companies;

public sealed class FileCompanyContextTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("amis-shell-companies-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Create_ThenSwitch_PersistsAcrossInstances()
    {
        using var first = new FileCompanyContext(new ShellDataFolder(folder));
        var a = await first.CreateAsync(new NewCompany("Công ty A", "0101234567", AccountingRegime.TT99, 2025, UseInternalBook: true));
        var b = await first.CreateAsync(new NewCompany("Công ty B", "0101234567-001", AccountingRegime.TT133, 2026, UseInternalBook: false));
        await first.SwitchAsync(a.Id, Book.Internal, 2025);

        using var second = new FileCompanyContext(new ShellDataFolder(folder));

        Assert.Equal(["Công ty A", "Công ty B"], second.Companies.Select(c => c.Name).ToList());
        Assert.Equal(new CompanySelection(a.Id, "Công ty A", Book.Internal, 2025), second.Current);
        await Assert.ThrowsAsync<CompanyNotFoundException>(() => second.SwitchAsync(b.Id, Book.Internal, 2026));
        await Assert.ThrowsAsync<CompanyNotFoundException>(() => second.SwitchAsync(b.Id, Book.Tax, 2025));
    }

    [Theory]
    [InlineData("", "0101234567", 2025, "Name")]
    [InlineData("Công ty", "12345", 2025, "TaxCode")]
    [InlineData("Công ty", "0101234567-1", 2025, "TaxCode")]
    [InlineData("Công ty", "0101234567", 1999, "FiscalYear")]
    public async Task Create_BadField_NamesItAndSavesNothing(string name, string taxCode, int year, string field)
    {
        using var context = new FileCompanyContext(new ShellDataFolder(folder));

        var e = await Assert.ThrowsAsync<CompanyValidationException>(() =>
            context.CreateAsync(new NewCompany(name, taxCode, AccountingRegime.TT200, year, false)));

        Assert.Equal(field, e.Field);
        Assert.Empty(context.Companies);
        Assert.False(File.Exists(Path.Combine(folder, "companies.json")));
    }

    [Fact]
    public async Task CreateDemo_Twice_OneCompany()
    {
        using var context = new FileCompanyContext(new ShellDataFolder(folder));

        await context.CreateDemoAsync();
        await context.CreateDemoAsync();

        var demo = Assert.Single(context.Companies);
        Assert.Equal([Book.Tax, Book.Internal], demo.Books);
    }
}
