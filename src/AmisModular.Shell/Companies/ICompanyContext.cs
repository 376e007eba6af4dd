namespace AmisModular.Shell.Companies;

/// <summary>
/// Port: the companies of this installation and the current company / book / fiscal year;
/// <see cref="LedgerCompanyContext"/> on the ledger store.
/// </summary>
public interface ICompanyContext
{
    IReadOnlyList<CompanyProfile> Companies { get; }

    /// <summary>Null until a company exists.</summary>
    CompanySelection? Current { get; }

    /// <summary>Raised after <see cref="SwitchAsync"/> or a company is created.</summary>
    event EventHandler? Changed;

    /// <exception cref="CompanyNotFoundException">No such company, or it has no such book or year.</exception>
    Task SwitchAsync(Guid companyId, Book book, int fiscalYear, CancellationToken cancellationToken = default);

    /// <summary>Checks a new company against the ledger's rules without writing anything.</summary>
    /// <exception cref="CompanyValidationException">A field is invalid (the message names it, in vi and en).</exception>
    Task ValidateAsync(NewCompany company, CancellationToken cancellationToken = default);

    /// <exception cref="CompanyValidationException">A field is invalid (the message names it, in vi and en).</exception>
    Task<CompanyProfile> CreateAsync(NewCompany company, CancellationToken cancellationToken = default);

    /// <summary>Creates the demo company (Công ty TNHH Demo AmisModular, MST 0101234567 of the development licence) when it does not exist yet.</summary>
    Task<CompanyProfile> CreateDemoAsync(CancellationToken cancellationToken = default);
}
