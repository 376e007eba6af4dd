using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace AmisModular.Storage.Tests.Migrating;

/// <summary>SQL Server cannot run here: its migration scripts are checked by the T-SQL parser instead.</summary>
public sealed class SqlServerScriptTests
{
    [Fact]
    public void OutboxIdempotentScript_ParsesAsTSql160_AndUsesSchemaSync()
    {
        using var context = new SqlServerOutboxDbContext(ModuleContextOptions.ForDesign(StoreProvider.SqlServer, OutboxDbContext.SchemaName));
        var script = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        AssertParses(script);
        Assert.Contains("[sync].[outbox]", script, StringComparison.Ordinal);
        Assert.Contains("[sync].[sync_migrations_history]", script, StringComparison.Ordinal);
        Assert.Contains("[Seq] bigint", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_RejectsBrokenTSql_SoTheCheckCanFail()
    {
        var errors = Parse("CREATE TABLE [x] ([a] int,, );\nGO\n");
        Assert.NotEmpty(errors);
    }

    internal static IList<ParseError> Parse(string script)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        return errors;
    }

    internal static void AssertParses(string script)
    {
        Assert.Contains("GO", script, StringComparison.Ordinal);
        var errors = Parse(script);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
    }
}
