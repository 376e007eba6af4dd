using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Sync.Tests;

/// <summary>SQL Server cannot run here: the sync state's migration script (recovery, notices and snapshot install tables) is checked by the T-SQL parser.</summary>
public sealed class SyncStateSqlServerScriptTests
{
    [Fact]
    public void SyncStateIdempotentScript_ParsesAsTSql160_AndCreatesEveryStateTable()
    {
        using var context = new SqlServerSyncStateDesignTimeFactory().CreateDbContext([]);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        Assert.Contains("CREATE TABLE [syncstate].[recovery]", script, StringComparison.Ordinal);
        Assert.Contains("[TargetServerEpoch] nvarchar(64)", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [syncstate].[notices]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [syncstate].[snapshot_installs]", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE [syncstate].[snapshot_documents]", script, StringComparison.Ordinal);
    }
}
