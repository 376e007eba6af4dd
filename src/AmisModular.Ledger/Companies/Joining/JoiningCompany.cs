namespace AmisModular.Ledger.Companies.Joining;

/// <summary>
/// The company a desktop joins at enrollment, as the cloud names it: the id its documents carry, the tax code, the
/// name, the series the cloud gave this device, and the fiscal years open on the server (their first days; empty when
/// the server keeps none).
/// </summary>
public sealed record JoiningCompany(Guid Id, string TaxCode, string Name, string DeviceSeries, IReadOnlyList<DateOnly> FiscalYearStarts);
