namespace AmisModular.Ledger.Queries;

/// <summary>One row of the trial balance (S06-DN), per detail account, netted (not per partner).</summary>
public sealed record TrialBalanceRow(string AccountCode, AccountBalance Opening, AccountBalance Period)
{
    public AccountBalance Closing => new(Opening.Debit + Period.Debit, Opening.Credit + Period.Credit);
}
