using AmisModular.Modularity.Abstractions.Workspace;

namespace AmisModular.Shell.Companies;

/// <summary>The SDK's <see cref="IWorkspace"/> for module pages, read from the shell's <see cref="ICompanyContext"/>.</summary>
public sealed class CompanyWorkspace : IWorkspace, IDisposable
{
    private readonly ICompanyContext companies;

    public CompanyWorkspace(ICompanyContext companies)
    {
        this.companies = companies;
        companies.Changed += OnChanged;
    }

    public event EventHandler? Changed;

    public WorkspaceSelection? Current => companies.Current is { } c
        ? new WorkspaceSelection(c.CompanyId, c.CompanyName, c.Book == Book.Internal ? WorkspaceBook.Internal : WorkspaceBook.Tax, c.FiscalYear)
        : null;

    private void OnChanged(object? sender, EventArgs e) => Changed?.Invoke(this, e);

    public void Dispose() => companies.Changed -= OnChanged;
}
