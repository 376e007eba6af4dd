namespace AmisModular.Benchmarks.Ledger;

/// <summary>One line of a planned voucher: the counter-account (TK đối ứng) and the amount in VND.</summary>
public sealed record PlannedLine(string CounterAccount, decimal Amount, string? Description);
