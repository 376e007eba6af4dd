using AmisModular.Modularity.Abstractions.Workspace;

namespace AmisModular.Modules.Cash.Tests.Ui;

/// <summary>The shell's working selection, set by the test.</summary>
internal sealed class TestWorkspace(WorkspaceSelection current) : IWorkspace
{
    public WorkspaceSelection? Current { get; private set; } = current;

    public event EventHandler? Changed;

    public void Switch(WorkspaceBook book)
    {
        Current = Current! with { Book = book };
        Changed?.Invoke(this, EventArgs.Empty);
    }
}
