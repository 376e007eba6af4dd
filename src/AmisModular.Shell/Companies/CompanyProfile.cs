namespace AmisModular.Shell.Companies;

/// <summary>A company (tenant) the user can work in. <paramref name="Books"/> holds Tax, and Internal when used.</summary>
public sealed record CompanyProfile(
    Guid Id,
    string Name,
    string TaxCode,
    AccountingRegime Regime,
    IReadOnlyList<int> FiscalYears,
    IReadOnlyList<Book> Books);
