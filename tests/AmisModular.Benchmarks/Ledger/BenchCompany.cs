namespace AmisModular.Benchmarks.Ledger;

/// <summary>The seeded company every store of a run shares (the seeded file is copied, so the ids are the same).</summary>
public sealed record BenchCompany(Guid CompanyId, Guid DeviceId, IReadOnlyList<Guid> Customers, IReadOnlyList<Guid> Vendors);
