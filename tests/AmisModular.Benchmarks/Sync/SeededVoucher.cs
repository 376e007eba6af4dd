using AmisModular.Benchmarks.Ledger;

namespace AmisModular.Benchmarks.Sync;

/// <summary>
/// A planned voucher with the id and number it was seeded under (the floor writes the same ones). Built on the fly
/// from the plan and the seeded ids (<see cref="OutboxSeeder.Replay"/>), so the benchmark holds no N-sized plan in
/// memory while the timed phases run.
/// </summary>
public sealed record SeededVoucher(Guid Id, string Number, PlannedVoucher Plan);
