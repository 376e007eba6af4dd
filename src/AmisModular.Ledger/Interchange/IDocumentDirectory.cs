using AmisModular.Ledger.Companies;

namespace AmisModular.Ledger.Interchange;

/// <summary>
/// A module's documents as <c>amis doc export|post|unpost</c> and <c>amis print</c> find them. Each module with documents
/// registers one (<c>services.AddSingleton&lt;IDocumentDirectory, …&gt;()</c>); the core registers its own for NVK and partners.
/// </summary>
public interface IDocumentDirectory
{
    string ModuleId { get; }

    IReadOnlyCollection<string> DocumentTypes { get; }

    /// <summary>Documents of the company whose id equals <paramref name="numberOrId"/> or whose number in <paramref name="book"/> (any book when null) does.</summary>
    Task<IReadOnlyList<DocumentReference>> FindAsync(Guid companyId, string numberOrId, Book? book, CancellationToken cancellationToken);

    /// <summary>Documents of the company, of one type when given, posting date in [from, to] when given (catalog entries: always), in export order.</summary>
    Task<IReadOnlyList<DocumentReference>> ListAsync(Guid companyId, string? documentType, DateOnly? from, DateOnly? to, CancellationToken cancellationToken);

    /// <summary>Ghi sổ through the module's own service (period, accounts and balance checked there).</summary>
    Task PostAsync(Guid documentId, CancellationToken cancellationToken);

    /// <summary>Bỏ ghi through the module's own service.</summary>
    Task UnpostAsync(Guid documentId, CancellationToken cancellationToken);
}
