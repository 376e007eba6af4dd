namespace AmisModular.Modularity.Manifests;

/// <summary>One broken rule of a manifest.</summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.dependencies[1].range</c>.</param>
/// <param name="Message">The rule broken, e.g. <c>'abc' is not a version range</c>.</param>
public sealed record ManifestError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
