using AmisModular.Ledger.Queries;

namespace AmisModular.Modules.Reports.Common;

/// <summary>Debit/credit arithmetic on <see cref="AccountBalance"/> pairs.</summary>
public static class Amounts
{
    public static AccountBalance Zero { get; } = new(0m, 0m);

    public static AccountBalance Plus(this AccountBalance left, AccountBalance right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new AccountBalance(left.Debit + right.Debit, left.Credit + right.Credit);
    }

    /// <summary>The balance on one side: Dư Nợ if debits exceed credits, else Dư Có.</summary>
    public static AccountBalance Netted(this AccountBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new AccountBalance(balance.DebitBalance, balance.CreditBalance);
    }

    public static AccountBalance Sum(this IEnumerable<AccountBalance> balances) => balances.Aggregate(Zero, Plus);
}
