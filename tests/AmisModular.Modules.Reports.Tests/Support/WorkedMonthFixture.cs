using AmisModular.Ledger.Catalogs;

namespace AmisModular.Modules.Reports.Tests.Support;

/// <summary>One store with the worked month, shared by the tests of a class (reports only read it).</summary>
public sealed class WorkedMonthFixture : IAsyncLifetime
{
    public ReportsHost Host { get; private set; } = null!;

    public Partner A { get; private set; } = null!;

    public Partner B { get; private set; } = null!;

    public Partner X { get; private set; } = null!;

    public Partner Y { get; private set; } = null!;

    public Guid CompanyId => Host.Company.Id;

    public async Task InitializeAsync()
    {
        Host = await ReportsHost.CreateAsync();
        (A, B, X, Y) = await WorkedMonth.SeedAsync(Host);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
