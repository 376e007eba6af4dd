using AmisModular.Sync.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Sync.Tests;

/// <summary>No SQL Server runs here: the sync-state migrations (with the snapshot install tables) must parse as T-SQL.</summary>
public sealed class SyncStateSqlServerScriptTests
{
    [Fact]
    public void IdempotentScript_SqlServerSyncStateMigrations_ParsesAndCreatesSnapshotTables()
    {
        using var context = new SqlServerSyncStateDesignTimeFactory().CreateDbContext([]);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Empty(errors.Select(e => $"{e.Line}: {e.Message}"));
        Assert.Contains("[syncstate].[snapshot_installs]", script, StringComparison.Ordinal);
        Assert.Contains("[syncstate].[snapshot_documents]", script, StringComparison.Ordinal);
    }
}
