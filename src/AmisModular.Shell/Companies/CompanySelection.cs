namespace AmisModular.Shell.Companies;

/// <summary>Where the user works now: which company, which book, which fiscal year.</summary>
public sealed record CompanySelection(Guid CompanyId, string CompanyName, Book Book, int FiscalYear);
