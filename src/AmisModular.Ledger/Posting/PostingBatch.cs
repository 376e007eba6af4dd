using AmisModular.Ledger.Chart;
using AmisModular.Ledger.Errors;
using AmisModular.Ledger.Periods;
using AmisModular.Ledger.Storage;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Ledger.Posting;

/// <summary>
/// The reads behind <see cref="PostingService.PrepareManyAsync{TDocument}(LedgerDbContext, IReadOnlyList{TDocument}, CancellationToken)"/>:
/// which documents are already posted, the companies' fiscal periods and the accounts the batch's lines name (and
/// their children) are loaded once; then each document goes through the checks of PostAsync in the same order.
/// </summary>
internal sealed class PostingBatch
{
    /// <summary>Ids per IN list: far below every provider's parameter limit.</summary>
    private const int Chunk = 500;

    private readonly HashSet<Guid> posted;
    private readonly List<(FiscalYear Year, FiscalPeriod Period)> periods;
    private readonly List<Account> accounts;
    private readonly Dictionary<(Guid Company, AccountingRegime Regime, DateOnly Date), ChartOfAccounts> charts = [];

    private PostingBatch(HashSet<Guid> posted, List<(FiscalYear, FiscalPeriod)> periods, List<Account> accounts)
    {
        (this.posted, this.periods, this.accounts) = (posted, periods, accounts);
    }

    public static async Task<IReadOnlyList<PreparedPosting>> PrepareAsync<TDocument>(
        LedgerDbContext db, IReadOnlyList<TDocument> documents, Func<TDocument, IPostingRule<TDocument>> ruleFor, CancellationToken cancellationToken)
        where TDocument : IPostableDocument
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(ruleFor);
        if (documents.Count == 0)
        {
            return [];
        }

        var built = documents.Select(d => Build(d, ruleFor(d))).ToList();
        var batch = new PostingBatch(
            await PostedAsync(db, documents.Select(d => d.DocumentId), cancellationToken),
            await PeriodsAsync(db, documents.Select(d => d.CompanyId), cancellationToken),
            await AccountsAsync(db, documents.Select(d => d.CompanyId), built.SelectMany(b => b.Lines).Select(l => l.AccountCode), cancellationToken));
        return [.. documents.Select((d, n) => batch.Prepare(d, built[n]))];
    }

    /// <summary>The rule's lines; a rule's own refusal is kept and reported after the period check, as PostAsync does.</summary>
    private static (string RuleId, IReadOnlyList<PostingLine> Lines, LedgerException? Error) Build<TDocument>(TDocument document, IPostingRule<TDocument> rule)
        where TDocument : IPostableDocument
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return (rule.RuleId, rule.Build(document), null);
        }
        catch (LedgerException ex)
        {
            return (rule.RuleId, [], ex);
        }
    }

    private PreparedPosting Prepare(IPostableDocument document, (string RuleId, IReadOnlyList<PostingLine> Lines, LedgerException? Error) built)
    {
        var label = PostingException.Describe(document);
        try
        {
            if (posted.Contains(document.DocumentId))
            {
                throw new DocumentAlreadyPostedException(label);
            }

            var year = EnsurePeriodOpen(label, document);
            if (built.Error is not null)
            {
                return PreparedPosting.Refused(built.Error);
            }

            PostingService.Validate(label, built.RuleId, built.Lines, ChartFor(document.CompanyId, year.Regime, document.PostingDate));
            return new PreparedPosting(PostingService.Derive(document, built.RuleId, built.Lines), null);
        }
        catch (LedgerException ex)
        {
            return PreparedPosting.Refused(ex);
        }
    }

    /// <summary>The in-memory twin of <see cref="PostingService.EnsurePeriodOpenAsync"/>.</summary>
    private FiscalYear EnsurePeriodOpen(string label, IPostableDocument document)
    {
        var date = document.PostingDate;
        var found = periods.FirstOrDefault(p => p.Period.CompanyId == document.CompanyId && p.Period.StartDate <= date && p.Period.EndDate >= date);
        if (found.Period is null)
        {
            throw new PeriodNotOpenException(label, date);
        }

        if (found.Period.IsLocked)
        {
            throw new PeriodLockedException(label, date, found.Period.Name);
        }

        return found.Year;
    }

    /// <summary>What <see cref="ChartService.LoadForAsync"/> gives for one company, regime and date, from the batch's accounts.</summary>
    private ChartOfAccounts ChartFor(Guid companyId, AccountingRegime regime, DateOnly date)
    {
        if (!charts.TryGetValue((companyId, regime, date), out var chart))
        {
            chart = new ChartOfAccounts(regime, accounts.Where(a => a.Regime == regime && (a.CompanyId == null || a.CompanyId == companyId) && a.IsEffectiveOn(date)));
            charts.Add((companyId, regime, date), chart);
        }

        return chart;
    }

    private static async Task<HashSet<Guid>> PostedAsync(LedgerDbContext db, IEnumerable<Guid> documentIds, CancellationToken cancellationToken)
    {
        var posted = new HashSet<Guid>();
        foreach (var chunk in documentIds.Distinct().Chunk(Chunk))
        {
            posted.UnionWith(await db.JournalLines.AsNoTracking().Where(l => chunk.Contains(l.DocumentId)).Select(l => l.DocumentId).Distinct()
                .ToListAsync(cancellationToken));
        }

        return posted;
    }

    private static async Task<List<(FiscalYear, FiscalPeriod)>> PeriodsAsync(LedgerDbContext db, IEnumerable<Guid> companyIds, CancellationToken cancellationToken)
    {
        var companies = companyIds.Distinct().ToList();
        var found = await (
            from period in db.FiscalPeriods.AsNoTracking()
            where companies.Contains(period.CompanyId)
            join year in db.FiscalYears.AsNoTracking() on period.FiscalYearId equals year.Id
            select new { Year = year, Period = period }).ToListAsync(cancellationToken);
        return [.. found.Select(f => (f.Year, f.Period))];
    }

    private static async Task<List<Account>> AccountsAsync(
        LedgerDbContext db, IEnumerable<Guid> companyIds, IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var companies = companyIds.Distinct().Select(c => (Guid?)c).ToList();
        var accounts = new List<Account>();
        foreach (var chunk in codes.Distinct(StringComparer.Ordinal).Chunk(Chunk))
        {
            accounts.AddRange(await db.Accounts.AsNoTracking()
                .Where(a => (a.CompanyId == null || companies.Contains(a.CompanyId))
                    && (chunk.Contains(a.Code) || (a.ParentCode != null && chunk.Contains(a.ParentCode))))
                .ToListAsync(cancellationToken));
        }

        // An account can be the parent of codes in two chunks: keep one row per account.
        return [.. accounts.DistinctBy(a => a.Id)];
    }
}
