using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Posting;
using AmisModular.Ledger.Storage;
using AmisModular.Ledger.Tests.Support;
using static AmisModular.Ledger.Tests.Support.LedgerHost;

namespace AmisModular.Ledger.Tests.Posting;

/// <summary>Batch posting (a pulled page) gives, per document, the journal PostAsync writes or the refusal it throws.</summary>
public sealed class PrepareManyTests : IAsyncLifetime
{
    private LedgerHost host = null!;

    public async Task InitializeAsync() => host = await CreateAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private sealed record TestDocument(Guid DocumentId, Guid CompanyId, DateOnly PostingDate, BookSet Books, IReadOnlyList<PostingLine> Lines) : IPostableDocument
    {
        public string ModuleId => "test";

        public string DocumentType => "test.doc";

        public Guid? BranchId => null;

        public DateOnly DocumentDate => PostingDate.AddDays(-1);

        public string Description => "Chứng từ thử";

        public string? NumberFor(Book book) => book == Book.Tax ? $"T{DocumentId.ToString()[..4]}" : $"N{DocumentId.ToString()[..4]}";
    }

    private sealed class LinesRule : IPostingRule<TestDocument>
    {
        public string RuleId => "test.doc/v1";

        public string DocumentType => "test.doc";

        public IReadOnlyList<PostingLine> Build(TestDocument document) => document.Lines;
    }

    [Fact]
    public async Task PrepareMany_EveryCase_SameJournalOrSameRefusalAsPostAsync()
    {
        await host.Get<FiscalCalendar>().LockAsync(host.Company.Id, 2026, 4, "kt.truong", CancellationToken.None);
        await host.Get<ChartService>().OpenSubAccountAsync(host.Company.Id, AccountingRegime.Tt99, "113", "1131", "Tiền đang chuyển VND", "VND in transit", CancellationToken.None);
        var partner = Guid.NewGuid();
        var posted = Doc("2026-02-01", BookSet.Tax, PostingLine.Pair(1, "6427", "1111", 10m));
        await using (var unit = await host.Store.BeginAsync(CancellationToken.None))
        {
            await PostingService.PostAsync(unit, posted, new LinesRule(), CancellationToken.None);
            await unit.CommitAsync(CancellationToken.None);
        }

        var documents = new[]
        {
            Doc("2026-02-10", BookSet.Both, [.. PostingLine.Pair(1, "6427", "1111", 100_000m, "Chi phí"), .. PostingLine.Pair(2, "131", "5111", 50_000m, debitPartnerId: partner)]),
            Doc("2026-04-10", BookSet.Tax, PostingLine.Pair(1, "6427", "1111", 10m)),
            Doc("2027-01-10", BookSet.Tax, PostingLine.Pair(1, "6427", "1111", 10m)),
            Doc("2026-02-10", BookSet.Tax, [.. PostingLine.Pair(1, "6427", "1111", 10m), .. PostingLine.Pair(2, "9999", "1111", 10m)]),
            Doc("2026-02-10", BookSet.Tax, [new(1, "6427", 100m, 0m, "1111"), new(2, "1111", 0m, 90m, "6427")]),
            Doc("2026-02-10", BookSet.Tax, PostingLine.Pair(1, "642", "1111", 10m)),
            Doc("2026-02-10", BookSet.Tax, PostingLine.Pair(1, "113", "1111", 10m)),
            Doc("2026-02-10", BookSet.Internal, PostingLine.Pair(1, "1131", "1111", 10m)),
            Doc("2026-02-10", BookSet.Tax, PostingLine.Pair(1, "1111", "131", 10m)),
            Doc("2026-02-10", BookSet.Tax, [new(1, "6427", -5m, 0m, "1111"), new(1, "1111", 0m, -5m, "6427")]),
            posted,
            Doc("2026-12-31", BookSet.Both, PostingLine.Pair(1, "1121", "5111", 1m)),
        };

        IReadOnlyList<PreparedPosting> prepared;
        await using (var unit = await host.Store.BeginReadAsync(CancellationToken.None))
        {
            prepared = await PostingService.PrepareManyAsync(unit.Context<LedgerDbContext>(), documents, _ => new LinesRule(), CancellationToken.None);
        }

        Assert.Equal(documents.Length, prepared.Count);
        for (var n = 0; n < documents.Length; n++)
        {
            var (journal, error) = await PostAsync(documents[n]);
            Assert.Equal(error?.GetType(), prepared[n].Error?.GetType());
            Assert.Equal(error?.Message, prepared[n].Error?.Message);
            Assert.Equal(journal.Select(Describe), prepared[n].Journal.Select(Describe));
        }

        Assert.Equal(
            [null, typeof(PeriodLockedException), typeof(PeriodNotOpenException), typeof(UnknownAccountException), typeof(UnbalancedPostingException),
             typeof(NonPostableAccountException), typeof(NonPostableAccountException), null, typeof(MissingPartnerException),
             typeof(InvalidPostingLineException), typeof(DocumentAlreadyPostedException), null],
            prepared.Select(p => p.Error?.GetType()));
        Assert.Equal(8, prepared[0].Journal.Count);
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(DISTINCT DocumentId) FROM core_journal_lines"));
    }

    [Fact]
    public async Task PrepareMany_NoDocuments_ReadsNothingAndReturnsNone()
    {
        await using var unit = await host.Store.BeginReadAsync(CancellationToken.None);

        var prepared = await PostingService.PrepareManyAsync(unit.Context<LedgerDbContext>(), Array.Empty<TestDocument>(), _ => new LinesRule(), CancellationToken.None);

        Assert.Empty(prepared);
    }

    private TestDocument Doc(string date, BookSet books, IReadOnlyList<PostingLine> lines) =>
        new(Guid.CreateVersion7(), host.Company.Id, D(date), books, lines);

    /// <summary>What PostAsync writes or throws for the document, rolled back afterwards.</summary>
    private async Task<(IReadOnlyList<JournalLine> Journal, LedgerException? Error)> PostAsync(TestDocument document)
    {
        await using var unit = await host.Store.BeginAsync(CancellationToken.None);
        try
        {
            return (await PostingService.PostAsync(unit, document, new LinesRule(), CancellationToken.None), null);
        }
        catch (LedgerException ex)
        {
            return ([], ex);
        }
    }

    private static string Describe(JournalLine l) =>
        string.Join("|", l.Id, l.CompanyId, l.Book, l.DocumentId, l.ModuleId, l.DocumentType, l.DocumentNumber, l.DocumentDate, l.PostingDate, l.LineNo,
            l.SourceLineNo, l.AccountCode, l.CorrespondingAccountCode, l.Debit, l.Credit, l.PartnerId, l.BranchId, l.Description, l.RuleId);
}
