namespace AmisModular.Modularity.Dependencies;

/// <summary>Modules that depend on each other in a circle; <see cref="Cycle"/> lists it closed, e.g. a, b, c, a.</summary>
public sealed class CyclicDependencyException : Exception
{
    public CyclicDependencyException(IReadOnlyList<string> cycle)
        : base($"cyclic dependency / phụ thuộc vòng: {Describe(cycle)}")
    {
        Cycle = cycle;
    }

    public CyclicDependencyException()
        : this([])
    {
    }

    public CyclicDependencyException(string message)
        : base(message)
    {
        Cycle = [];
    }

    public CyclicDependencyException(string message, Exception innerException)
        : base(message, innerException)
    {
        Cycle = [];
    }

    public IReadOnlyList<string> Cycle { get; }

    /// <summary>"a → b → c → a".</summary>
    public string CycleText => Describe(Cycle);

    private static string Describe(IReadOnlyList<string> cycle) => string.Join(" → ", cycle);
}
