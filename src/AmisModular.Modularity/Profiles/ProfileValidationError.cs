namespace AmisModular.Modularity.Profiles;

/// <summary>One broken rule in a profile file: where (a JSON path such as $.modules[2].range) and which rule.</summary>
public sealed record ProfileValidationError(string Path, string Rule)
{
    public override string ToString() => $"{Path}: {Rule}";
}
