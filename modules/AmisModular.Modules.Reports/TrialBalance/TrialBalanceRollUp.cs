using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>
/// Adds each detail account's figures to every ancestor in the chart (1121 → 112; 33311 → 3331 → 333), so a
/// level-1 row is the total of its sub-accounts. Rows come out in code order, which is tree order.
/// </summary>
internal static class TrialBalanceRollUp
{
    private const int MaxDepth = 16;

    public static List<TrialBalanceLine> Build(IReadOnlyList<AccountFigures> details, ReportContext context)
    {
        var sums = new Dictionary<string, Sum>(StringComparer.Ordinal);
        foreach (var detail in details)
        {
            foreach (var code in Chain(detail.AccountCode, context))
            {
                var sum = sums.TryGetValue(code, out var found) ? found : sums[code] = new Sum();
                sum.Add(detail, own: code == detail.AccountCode);
            }
        }

        var header = context.Header;
        return [.. sums.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new TrialBalanceLine(
            s.Key, context.AccountName(s.Key), Level(s.Key, context), s.Value.HasChildren, s.Value.Gross,
            s.Value.Opening, s.Value.Period, s.Value.Closing,
            new FigureSource(header.CompanyId, header.Book, s.Key, null, header.From, header.To), s.Value.Partners))];
    }

    private static IEnumerable<string> Chain(string code, ReportContext context)
    {
        var current = code;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            yield return current;
            current = context.Chart.Find(current)?.ParentCode;
        }
    }

    private static int Level(string code, ReportContext context) => context.Chart.Find(code)?.Level ?? Math.Max(1, code.Length - 2);

    private sealed class Sum
    {
        public AccountBalance Opening { get; private set; } = Amounts.Zero;

        public AccountBalance Period { get; private set; } = Amounts.Zero;

        public AccountBalance Closing { get; private set; } = Amounts.Zero;

        public bool HasChildren { get; private set; }

        public bool Gross { get; private set; }

        public IReadOnlyList<TrialBalancePartnerLine> Partners { get; private set; } = [];

        public void Add(AccountFigures figures, bool own)
        {
            Opening = Opening.Plus(figures.Opening);
            Period = Period.Plus(figures.Period);
            Closing = Closing.Plus(figures.Closing);
            Gross |= figures.Gross;
            HasChildren |= !own;
            if (own)
            {
                Partners = figures.Partners;
            }
        }
    }
}
