using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Companies;
using AmisModular.Ledger.Journal;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using AmisModular.Storage.UnitOfWork;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Posting;

/// <summary>
/// The posting pipeline every module uses (ghi sổ / bỏ ghi): runs the document's rule, checks period, accounts
/// and balance, and writes one set of journal lines per book, inside the caller's unit of work.
/// </summary>
public sealed class PostingService(PostingRuleRegistry rules)
{
    /// <summary>Accounts kept per partner (công nợ): every line on them names its customer or vendor.</summary>
    public static IReadOnlyList<string> PartnerAccounts { get; } = ["131", "331"];

    public Task<IReadOnlyList<JournalLine>> PostAsync<TDocument>(IUnitOfWork unit, TDocument document, CancellationToken cancellationToken)
        where TDocument : IPostableDocument
    {
        ArgumentNullException.ThrowIfNull(document);
        return PostAsync(unit, document, rules.For<TDocument>(document.DocumentType), cancellationToken);
    }

    public static async Task<IReadOnlyList<JournalLine>> PostAsync<TDocument>(
        IUnitOfWork unit, TDocument document, IPostingRule<TDocument> rule, CancellationToken cancellationToken)
        where TDocument : IPostableDocument
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rule);
        var db = unit.Context<LedgerDbContext>();
        var label = PostingException.Describe(document);
        if (await IsPostedAsync(db, document.DocumentId, cancellationToken))
        {
            throw new DocumentAlreadyPostedException(label);
        }

        var year = await EnsurePeriodOpenAsync(db, document, cancellationToken);
        var lines = rule.Build(document);
        var chart = await ChartService.LoadForAsync(db, document.CompanyId, year.Regime, document.PostingDate, lines.Select(l => l.AccountCode), cancellationToken);
        Validate(label, rule.RuleId, lines, chart);
        var journal = Derive(document, rule.RuleId, lines);
        db.JournalLines.AddRange(journal);
        return journal;
    }

    /// <summary>
    /// Set-based posting for a page of documents (a pulled change-feed page, a snapshot page): what
    /// <see cref="PostAsync{TDocument}(IUnitOfWork, TDocument, CancellationToken)"/> would do for each document, in
    /// memory, with the posted documents, fiscal calendar and chart read ONCE for the batch. Per document, in the same
    /// order, the journal lines PostAsync would write or the <see cref="LedgerException"/> it would throw. Nothing is
    /// written: the caller inserts the lines (in bulk) in its unit.
    /// </summary>
    public Task<IReadOnlyList<PreparedPosting>> PrepareManyAsync<TDocument>(
        LedgerDbContext db, IReadOnlyList<TDocument> documents, CancellationToken cancellationToken)
        where TDocument : IPostableDocument
    {
        ArgumentNullException.ThrowIfNull(documents);
        return PrepareManyAsync(db, documents, d => rules.For<TDocument>(d.DocumentType), cancellationToken);
    }

    /// <inheritdoc cref="PrepareManyAsync{TDocument}(LedgerDbContext, IReadOnlyList{TDocument}, CancellationToken)"/>
    public static Task<IReadOnlyList<PreparedPosting>> PrepareManyAsync<TDocument>(
        LedgerDbContext db, IReadOnlyList<TDocument> documents, Func<TDocument, IPostingRule<TDocument>> ruleFor, CancellationToken cancellationToken)
        where TDocument : IPostableDocument =>
        PostingBatch.PrepareAsync(db, documents, ruleFor, cancellationToken);

    /// <summary>Bỏ ghi: removes the document's journal lines; refused in a locked period.</summary>
    public static async Task UnpostAsync(IUnitOfWork unit, IPostableDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(document);
        var db = unit.Context<LedgerDbContext>();
        if (!await IsPostedAsync(db, document.DocumentId, cancellationToken))
        {
            throw new DocumentNotPostedException(PostingException.Describe(document));
        }

        await EnsurePeriodOpenAsync(db, document, cancellationToken);
        await db.JournalLines.Where(l => l.DocumentId == document.DocumentId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Refuses any change to a document dated in a locked period or outside every open fiscal year.</summary>
    public static async Task<FiscalYear> EnsurePeriodOpenAsync(LedgerDbContext db, IPostableDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = await FiscalCalendar.FindAsync(db, document.CompanyId, document.PostingDate, cancellationToken)
            ?? throw new PeriodNotOpenException(PostingException.Describe(document), document.PostingDate);
        if (found.Period.IsLocked)
        {
            throw new PeriodLockedException(PostingException.Describe(document), document.PostingDate, found.Period.Name);
        }

        return found.Year;
    }

    public static Task<bool> IsPostedAsync(LedgerDbContext db, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.JournalLines.AnyAsync(l => l.DocumentId == documentId, cancellationToken);
    }

    internal static void Validate(string label, string ruleId, IReadOnlyList<PostingLine> lines, ChartOfAccounts chart)
    {
        foreach (var line in lines)
        {
            var oneSide = (line.Debit > 0 && line.Credit == 0) || (line.Credit > 0 && line.Debit == 0);
            if (!oneSide)
            {
                throw new InvalidPostingLineException(label, line.SourceLineNo, ruleId);
            }

            if (!chart.Exists(line.AccountCode))
            {
                throw new UnknownAccountException(label, line.SourceLineNo, ruleId, line.AccountCode, chart.Regime.ToString().ToUpperInvariant());
            }

            if (!chart.IsPostable(line.AccountCode))
            {
                throw new NonPostableAccountException(label, line.SourceLineNo, ruleId, line.AccountCode);
            }

            if (line.PartnerId is null && PartnerAccounts.Any(p => line.AccountCode.StartsWith(p, StringComparison.Ordinal)))
            {
                throw new MissingPartnerException(label, line.SourceLineNo, ruleId, line.AccountCode);
            }
        }

        var debit = lines.Sum(l => l.Debit);
        var credit = lines.Sum(l => l.Credit);
        if (debit != credit || debit == 0)
        {
            throw new UnbalancedPostingException(label, ruleId, debit, credit);
        }
    }

    internal static List<JournalLine> Derive(IPostableDocument document, string ruleId, IReadOnlyList<PostingLine> lines)
    {
        var journal = new List<JournalLine>();
        foreach (var book in document.Books.Books())
        {
            journal.AddRange(lines.Select((line, index) => new JournalLine
            {
                CompanyId = document.CompanyId,
                Book = book,
                DocumentId = document.DocumentId,
                ModuleId = document.ModuleId,
                DocumentType = document.DocumentType,
                DocumentNumber = document.NumberFor(book),
                DocumentDate = document.DocumentDate,
                PostingDate = document.PostingDate,
                LineNo = index + 1,
                SourceLineNo = line.SourceLineNo,
                AccountCode = line.AccountCode,
                CorrespondingAccountCode = line.CorrespondingAccountCode,
                Debit = line.Debit,
                Credit = line.Credit,
                PartnerId = line.PartnerId,
                BranchId = document.BranchId,
                Description = line.Description ?? document.Description,
                RuleId = ruleId,
            }));
        }

        return journal;
    }
}
