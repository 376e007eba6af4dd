using AmisModular.Ledger.Queries;
using AmisModular.Modules.Reports.Common;

namespace AmisModular.Modules.Reports.TrialBalance;

/// <summary>
/// The trial balance narrowed to one account and its sub-accounts (<c>amis report trial-balance --account 131</c>):
/// the rows whose code starts with the account, with partner rows, totalled over the top-most rows kept so nothing is
/// counted twice.
/// </summary>
public static class TrialBalanceAccountFilter
{
    /// <exception cref="ReportRequestException">No row of the trial balance is the account or under it.</exception>
    public static TrialBalanceResult ForAccount(TrialBalanceResult result, string account)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(account);
        var code = account.Trim();
        var lines = result.Lines.Where(l => l.AccountCode.StartsWith(code, StringComparison.Ordinal)).ToList();
        if (lines.Count == 0)
        {
            throw ReportRequestException.Of("AccountCode",
                $"Tài khoản {code} không có số dư hay phát sinh trong kỳ (hoặc không có trong hệ thống tài khoản).",
                $"Account {code} has no balance or entries in the period (or is not in the chart of accounts).");
        }

        var top = lines.Min(l => l.Level);
        var counted = lines.Where(l => l.Level == top).ToList();
        var totals = new TrialBalanceTotals(Sum(counted, l => l.Opening), Sum(counted, l => l.Period), Sum(counted, l => l.Closing));
        // The book's own imbalances stay on the narrowed report: they are never hidden.
        return result with { Lines = lines, Totals = totals };
    }

    private static AccountBalance Sum(List<TrialBalanceLine> lines, Func<TrialBalanceLine, AccountBalance> figure) =>
        new(lines.Sum(l => figure(l).Debit), lines.Sum(l => figure(l).Credit));
}
