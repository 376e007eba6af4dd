namespace AmisModular.Modularity.Manifests;

/// <summary>When the host loads a module. OnDemand is treated as Startup for now: the host has no later
/// ConfigureServices phase, so a module loaded after the container is built could not register services.</summary>
public enum ModuleLoadMode
{
    Startup,
    OnDemand,
}
