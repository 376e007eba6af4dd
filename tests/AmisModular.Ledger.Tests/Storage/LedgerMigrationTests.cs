using AmisModular.Ledger.Storage;
using AmisModular.Ledger.Tests.Support;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Migrating;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Ledger.Tests.Storage;

public sealed class LedgerMigrationTests
{
    [Fact]
    public async Task Migrate_EmptyFileTwice_SecondRunIsANoOpAndDataSurvives()
    {
        await using var host = await LedgerHost.CreateAsync();

        var again = await host.Get<StoreMigrator>().MigrateAsync(null, CancellationToken.None);

        Assert.Empty(again);
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM core_companies"));
        Assert.Equal(4, await host.ScalarAsync("SELECT COUNT(*) FROM core_migrations_history"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM core_migrations_history WHERE MigrationId LIKE '%\\_AccountVersion' ESCAPE '\\'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM core_migrations_history WHERE MigrationId LIKE '%\\_DeviceSeries' ESCAPE '\\'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM core_migrations_history WHERE MigrationId LIKE '%\\_AccountBalanceIndex' ESCAPE '\\'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name='IX_core_journal_lines_account_balance'"));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM sync_migrations_history"));
    }

    [Fact]
    public async Task Migrate_EmptyFile_EveryTableIsPrefixedByItsModuleSchema()
    {
        await using var host = await LedgerHost.CreateEmptyAsync();

        Assert.Equal(0, await host.ScalarAsync(
            "SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name NOT LIKE 'core\\_%' ESCAPE '\\' AND name NOT LIKE 'sync\\_%' ESCAPE '\\' " +
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> '__EFMigrationsLock'"));
        Assert.True(await host.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name LIKE 'core\\_%' ESCAPE '\\'") >= 11);
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name='sync_outbox'"));
    }

    [Fact]
    public async Task Migrate_SeedsTheChartOfEachRegime()
    {
        await using var host = await LedgerHost.CreateEmptyAsync();

        Assert.True(await host.ScalarAsync("SELECT COUNT(*) FROM core_accounts WHERE Regime='Tt99'") > 70);
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM core_accounts WHERE Regime='Tt99' AND Code='82112'"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_accounts WHERE Regime='Tt133' AND Code IN ('521','641')"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM core_accounts WHERE Regime='Tt99' AND Code='3385'"));
    }

    [Fact]
    public void SqlServerIdempotentScript_ParsesAsTSql160_InSchemaCore()
    {
        using var context = new SqlServerLedgerDbContext(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, LedgerDbContext.SchemaName));
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        Assert.Contains("GO", script, StringComparison.Ordinal);
        Assert.Contains("[core].[journal_lines]", script, StringComparison.Ordinal);
        Assert.Contains("[core].[core_migrations_history]", script, StringComparison.Ordinal);
        Assert.Contains("[Debit] bigint", script, StringComparison.Ordinal);
        Assert.Contains("CREATE INDEX [IX_core_journal_lines_account_balance] ON [core].[journal_lines] ([CompanyId], [Book], [AccountCode], [PostingDate]) INCLUDE ([Debit], [Credit])", script, StringComparison.Ordinal);
    }
}
