using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Posting;

/// <summary>A module's own document and rule through the pipeline (what Cash, Bank, Sales… do).</summary>
public sealed class CustomRuleTests
{
    private sealed record TestDocument(Guid DocumentId, Guid CompanyId, DateOnly PostingDate, decimal Amount) : IPostableDocument
    {
        public string ModuleId => "test";

        public string DocumentType => "test.doc";

        public Guid? BranchId => null;

        public BookSet Books => BookSet.Tax;

        public DateOnly DocumentDate => PostingDate;

        public string Description => "test";

        public string? NumberFor(Book book) => "T0001";
    }

    private sealed class SignedRule : IPostingRule<TestDocument>
    {
        public string RuleId => "test.doc/v1";

        public string DocumentType => "test.doc";

        public IReadOnlyList<PostingLine> Build(TestDocument document) =>
        [
            new(1, "6427", document.Amount, 0m, "1111"),
            new(1, "1111", 0m, document.Amount, "6427"),
        ];
    }

    private sealed class Provider : IPostingRuleProvider
    {
        public string ModuleId => "test";

        public IReadOnlyCollection<IPostingRule> Rules { get; } = [new SignedRule()];
    }

    [Fact]
    public async Task Post_NegativeAmountFromARule_IsAnInvalidLine()
    {
        await using var host = await CreateAsync();
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidPostingLineException>(() =>
            PostingService.PostAsync(unit, new TestDocument(Guid.NewGuid(), host.Company.Id, D("2026-03-01"), -5m), new SignedRule(), CancellationToken.None));

        Assert.Equal((1, "test.doc/v1"), (error.LineNo, error.RuleId));
        Assert.Contains("T0001 (test.doc)", error.Text.Vi, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ThroughTheRegistry_WritesDeterministicLines()
    {
        await using var host = await CreateAsync();
        var posting = new PostingService(new PostingRuleRegistry([new Provider()]));
        var document = new TestDocument(Guid.NewGuid(), host.Company.Id, D("2026-03-01"), 12.3456m);
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);

        var lines = await posting.PostAsync(unit, document, CancellationToken.None);
        await unit.CommitAsync(CancellationToken.None);

        Assert.Equal([(1, "6427", 12.3456m, 0m), (2, "1111", 0m, 12.3456m)], lines.Select(l => (l.LineNo, l.AccountCode, l.Debit, l.Credit)));
        Assert.Equal(123456, await host.ScalarAsync("SELECT SUM(Debit) FROM core_journal_lines"));
    }

    [Fact]
    public void Registry_TwoRulesForOneDocumentType_IsRefused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostingRuleRegistry([new Provider(), new Provider()]));
        Assert.Contains("test.doc", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new PostingRuleRegistry([new Provider()]).For<TestDocument>("other.doc"));
    }
}
