namespace AmisModular.Ledger.Queries;

/// <summary>Debit and credit totals of an account (prefix) and the net balance (positive = debit balance).</summary>
public sealed record AccountBalance(decimal Debit, decimal Credit)
{
    public decimal Net => Debit - Credit;

    public decimal DebitBalance => Net > 0 ? Net : 0m;

    public decimal CreditBalance => Net < 0 ? -Net : 0m;
}
