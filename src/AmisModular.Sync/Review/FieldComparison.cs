namespace AmisModular.Sync.Review;

/// <summary>One field of the two versions side by side, e.g. <c>lines[1].amount</c>: 600000 here, 700000 on the server.</summary>
public sealed record FieldComparison(string Field, string? Mine, string? Server)
{
    public bool Differs => !string.Equals(Mine, Server, StringComparison.Ordinal);
}
