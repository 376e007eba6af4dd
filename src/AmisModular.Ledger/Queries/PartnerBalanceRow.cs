namespace AmisModular.Ledger.Queries;

/// <summary>
/// One account and one partner (null = lines and openings entered without a partner) over a period: the opening
/// netted per partner at the start of the period, and the period turnover.
/// </summary>
public sealed record PartnerBalanceRow(string AccountCode, Guid? PartnerId, AccountBalance Opening, AccountBalance Period)
{
    /// <summary>The closing balance of this partner, netted to one side.</summary>
    public AccountBalance Closing
    {
        get
        {
            var net = Opening.Net + Period.Net;
            return new AccountBalance(Math.Max(net, 0m), Math.Max(-net, 0m));
        }
    }
}
