using AmisModular.Cloud.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Cloud.Tests;

/// <summary>No SQL Server runs here: the idempotent migration script must at least parse as T-SQL.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void IdempotentScript_SqlServerCloudMigrations_ParsesWithoutErrors()
    {
        using var context = new SqlServerCloudDesignTimeFactory().CreateDbContext([]);
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Empty(errors.Select(e => $"{e.Line}: {e.Message}"));
        Assert.Contains("[cloud].[change_log]", script, StringComparison.Ordinal);
    }
}
