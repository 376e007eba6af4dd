using System.Collections.Concurrent;

namespace AmisModular.TestContracts;

/// <summary>Lines test modules write during their lifecycle; registered by the test host.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public void Add(string line) => _lines.Enqueue(line);
}
