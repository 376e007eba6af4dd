namespace AmisModular.Shell.Companies;

/// <summary>What the first-run page (or "new company") asks for.</summary>
public sealed record NewCompany(string Name, string TaxCode, AccountingRegime Regime, int FiscalYear, bool UseInternalBook);
