using AmisModular.Ledger.Posting;
using AmisModular.Modularity.Abstractions.Sync;
using AmisModular.Modules.Cash.Storage;
using AmisModular.Modules.Cash.Tests.Support;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Migrating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Modules.Cash.Tests.Storage;

public sealed class CashStorageTests
{
    [Fact]
    public async Task Migrate_Twice_CashTablesPrefixedWithTheirOwnHistory()
    {
        await using var host = await CashHost.CreateAsync(seed: false);

        Assert.Empty(await host.Get<StoreMigrator>().MigrateAsync(["cash"], CancellationToken.None));
        Assert.Equal(3, await host.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name IN ('cash_vouchers','cash_voucher_lines','cash_migrations_history')"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM cash_migrations_history"));
    }

    [Fact]
    public async Task Module_RegistersRulesAndSyncAdapterWithTheHost()
    {
        await using var host = await CashHost.CreateAsync(seed: false);

        Assert.NotNull(host.Get<PostingRuleRegistry>().For<AmisModular.Modules.Cash.Documents.CashVoucher>("cash.payment"));
        Assert.Equal(["cash", "core"], host.Get<IEnumerable<ISyncAdapter>>().Select(a => a.ModuleId).Order());
    }

    [Fact]
    public void SqlServerIdempotentScript_Parses_InSchemaCash()
    {
        using var context = new SqlServerCashDbContext(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, CashDbContext.SchemaName));
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        Assert.Contains("[cash].[vouchers]", script, StringComparison.Ordinal);
        Assert.Contains("[cash].[cash_migrations_history]", script, StringComparison.Ordinal);
    }
}
