using System.Diagnostics;
using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Loading;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Lifecycle;

/// <summary>A module on its way through load → ConfigureServices → InitializeAsync, with its time so far.</summary>
internal sealed class ModuleRuntime(ModuleDescriptor descriptor)
{
    private readonly Stopwatch _clock = new();

    public ModuleDescriptor Descriptor { get; } = descriptor;

    public LoadedModule? Loaded { get; set; }

    public ModuleState State { get; private set; } = ModuleState.Active;

    public string Reason { get; private set; } = "loading";

    public bool Initialized { get; set; }

    public bool IsActive => State == ModuleState.Active;

    public void Succeed(string reason) => Reason = reason;

    public void Fail(ModuleState state, string reason)
    {
        State = state;
        Reason = reason;
    }

    public void Timed(Action step)
    {
        _clock.Start();
        try
        {
            step();
        }
        finally
        {
            _clock.Stop();
        }
    }

    public async Task TimedAsync(Func<Task> step)
    {
        _clock.Start();
        try
        {
            await step();
        }
        finally
        {
            _clock.Stop();
        }
    }

    public ModuleStatus ToStatus() =>
        new(Descriptor.Id, Descriptor.Version, State, Reason, _clock.ElapsedTicks == 0 ? null : _clock.Elapsed, Descriptor.Directory);
}
