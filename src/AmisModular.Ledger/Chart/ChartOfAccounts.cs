using AmisModular.Ledger.Periods;

namespace AmisModular.Ledger.Chart;

/// <summary>
/// A company's chart for one regime on one date: the regime's seed accounts plus the company's own sub-accounts.
/// Postable = exists and has no child (a parent with children is a summary account).
/// </summary>
public sealed class ChartOfAccounts
{
    private readonly Dictionary<string, Account> byCode;
    private readonly HashSet<string> parents;

    public ChartOfAccounts(AccountingRegime regime, IEnumerable<Account> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        Regime = regime;
        byCode = accounts.ToDictionary(a => a.Code, StringComparer.Ordinal);
        parents = [.. byCode.Values.Where(a => a.ParentCode is not null).Select(a => a.ParentCode!)];
    }

    public AccountingRegime Regime { get; }

    public IReadOnlyCollection<Account> Accounts => byCode.Values;

    public Account? Find(string code) => byCode.GetValueOrDefault(code);

    public bool Exists(string code) => byCode.ContainsKey(code);

    public bool IsPostable(string code) => byCode.ContainsKey(code) && !parents.Contains(code);
}
