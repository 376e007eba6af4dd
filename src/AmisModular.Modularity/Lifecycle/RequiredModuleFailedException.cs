using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Lifecycle;

/// <summary>A module the host cannot run without did not become Active; the host stops.</summary>
public sealed class RequiredModuleFailedException : Exception
{
    public RequiredModuleFailedException(string moduleId, ModuleState? state, string reason)
        : base($"required module '{moduleId}' is {(state?.ToString() ?? "not installed")}: {reason} / mô-đun bắt buộc '{moduleId}' không chạy được")
    {
        ModuleId = moduleId;
        State = state;
        Reason = reason;
    }

    public RequiredModuleFailedException()
        : this(string.Empty, null, string.Empty)
    {
    }

    public RequiredModuleFailedException(string message)
        : base(message)
    {
        ModuleId = string.Empty;
        Reason = message;
    }

    public RequiredModuleFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ModuleId = string.Empty;
        Reason = message;
    }

    public string ModuleId { get; }

    /// <summary>Null when the module is not installed at all.</summary>
    public ModuleState? State { get; }

    public string Reason { get; }
}
