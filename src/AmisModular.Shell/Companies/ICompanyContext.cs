namespace AmisModular.Shell.Companies;

/// <summary>
/// Port: the companies of this installation and the current company / book / fiscal year. The ledger core
/// implements it at integration; <see cref="FileCompanyContext"/> keeps them in a JSON file until then.
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

    /// <exception cref="CompanyValidationException">A field is invalid (the message names it, in vi and en).</exception>
    Task<CompanyProfile> CreateAsync(NewCompany company, CancellationToken cancellationToken = default);

    /// <summary>Creates the demo company (Công ty TNHH Demo AMIS) when it does not exist yet.</summary>
    Task<CompanyProfile> CreateDemoAsync(CancellationToken cancellationToken = default);
}
