namespace AmisModular.Sync.Protocol.Enrollment;

/// <summary>
/// What a joining desktop needs to open the company's books: its name and the fiscal years the administrator opened
/// for the device's book (empty when none is kept on the server). The id and tax code are in the device identity.
/// The cloud keeps no accounting regime, so the desktop chooses the regime the law gives for each year.
/// </summary>
public sealed record EnrolledCompany(string Name, IReadOnlyList<EnrolledFiscalYear> FiscalYears);
