namespace AmisModular.Modularity.Dependencies;

/// <summary>Orders module ids so every module comes after the modules it depends on.</summary>
public static class TopologicalSorter
{
    /// <param name="dependenciesOf">The ids a node depends on; ids outside <paramref name="nodes"/> are ignored.</param>
    /// <exception cref="CyclicDependencyException">Names the first cycle found, closed (a → b → c → a).</exception>
    public static IReadOnlyList<string> Sort(IEnumerable<string> nodes, Func<string, IEnumerable<string>> dependenciesOf)
    {
        var all = nodes.Order(StringComparer.Ordinal).ToList();
        var known = all.ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var order = new List<string>();
        foreach (var node in all)
        {
            Visit(node, known, dependenciesOf, done, path, order);
        }

        return order;
    }

    private static void Visit(
        string node,
        HashSet<string> known,
        Func<string, IEnumerable<string>> dependenciesOf,
        HashSet<string> done,
        List<string> path,
        List<string> order)
    {
        if (done.Contains(node))
        {
            return;
        }

        var onPath = path.IndexOf(node);
        if (onPath >= 0)
        {
            throw new CyclicDependencyException([.. path[onPath..], node]);
        }

        path.Add(node);
        foreach (var dependency in dependenciesOf(node).Where(known.Contains).Order(StringComparer.Ordinal))
        {
            Visit(dependency, known, dependenciesOf, done, path, order);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(node);
        order.Add(node);
    }
}
