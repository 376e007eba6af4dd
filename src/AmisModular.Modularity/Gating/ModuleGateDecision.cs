namespace AmisModular.Modularity.Gating;

/// <summary>Whether a gate (licence, department profile) lets a module version start, and why not.</summary>
public sealed record ModuleGateDecision(bool Allowed, string Reason)
{
    public static ModuleGateDecision Allow(string reason = "allowed") => new(true, reason);

    public static ModuleGateDecision Deny(string reason) => new(false, reason);
}
