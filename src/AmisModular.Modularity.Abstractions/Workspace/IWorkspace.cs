namespace AmisModular.Modularity.Abstractions.Workspace;

/// <summary>
/// Where the user works now (MISA's "Chọn dữ liệu làm việc"): the company, book and fiscal year the shell's switcher
/// selected. Module pages read it instead of asking the user again and re-render on <see cref="Changed"/>.
/// </summary>
public interface IWorkspace
{
    /// <summary>Null until a company exists.</summary>
    WorkspaceSelection? Current { get; }

    /// <summary>Raised after the user switched company, book or year.</summary>
    event EventHandler? Changed;
}
