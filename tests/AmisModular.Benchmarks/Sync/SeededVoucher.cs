using AmisModular.Benchmarks.Ledger;

namespace AmisModular.Benchmarks.Sync;

/// <summary>A planned voucher with the id and number it was seeded under (the floor writes the same ones).</summary>
public sealed record SeededVoucher(Guid Id, string Number, PlannedVoucher Plan);
