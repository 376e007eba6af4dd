using AmisModular.Modularity.Catalog;
using AmisModular.Modularity.Manifests;
using AmisModular.Modularity.States;

namespace AmisModular.Modularity.Dependencies;

/// <summary>
/// Checks each chosen module's dependencies and orders them. A missing, out-of-range or not-startable dependency
/// stops the dependant (and, in cascade, its own dependants); a cycle stops every module on it, naming the cycle.
/// </summary>
public static class DependencyResolver
{
    /// <param name="chosen">One version per id, each of which passed verification and the gates.</param>
    /// <param name="setAside">Installed modules that cannot start, to explain why a dependency is unavailable.</param>
    public static DependencyPlan Resolve(IEnumerable<ModuleDescriptor> chosen, IEnumerable<ModuleStatus> setAside)
    {
        var startable = chosen.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var unavailable = setAside.ToLookup(s => s.Id, StringComparer.Ordinal);
        var failures = new List<ModuleStatus>();
        while (true)
        {
            RemoveUnsatisfied(startable, unavailable, failures);
            try
            {
                var order = TopologicalSorter.Sort(startable.Keys, id => startable[id].Manifest.Dependencies.Select(d => d.Id));
                return new DependencyPlan([.. order.Select(id => startable[id])], failures);
            }
            catch (CyclicDependencyException cycle)
            {
                foreach (var id in cycle.Cycle.Distinct(StringComparer.Ordinal))
                {
                    var module = startable[id];
                    startable.Remove(id);
                    failures.Add(Failure(module, $"cyclic dependency / phụ thuộc vòng: {cycle.CycleText}"));
                }
            }
        }
    }

    private static void RemoveUnsatisfied(
        Dictionary<string, ModuleDescriptor> startable,
        ILookup<string, ModuleStatus> unavailable,
        List<ModuleStatus> failures)
    {
        // Repeat: removing one module can leave its dependants unsatisfied (cascade).
        bool removed;
        do
        {
            removed = false;
            foreach (var module in startable.Values.OrderBy(m => m.Id, StringComparer.Ordinal).ToList())
            {
                var problem = module.Manifest.Dependencies
                    .Select(d => Problem(d, startable, unavailable, failures))
                    .FirstOrDefault(p => p is not null);
                if (problem is not null)
                {
                    startable.Remove(module.Id);
                    failures.Add(Failure(module, problem));
                    removed = true;
                }
            }
        }
        while (removed);
    }

    private static string? Problem(
        ModuleDependency dependency,
        Dictionary<string, ModuleDescriptor> startable,
        ILookup<string, ModuleStatus> unavailable,
        List<ModuleStatus> failures)
    {
        var wanted = $"requires {dependency.Id} {dependency.Range.ToNormalizedString()}";
        if (startable.TryGetValue(dependency.Id, out var installed))
        {
            return dependency.Range.Satisfies(installed.Manifest.Version)
                ? null
                : $"{wanted} but {installed.Version} is installed / phiên bản phụ thuộc không phù hợp";
        }

        var failed = failures.FirstOrDefault(f => f.Id == dependency.Id)
            ?? unavailable[dependency.Id].Where(s => s.State != ModuleState.Superseded).FirstOrDefault();
        return failed is null
            ? $"{wanted} but it is not installed / thiếu mô-đun phụ thuộc"
            : $"{wanted} but {failed.Id} {failed.Version} is {failed.State}: {failed.Reason}";
    }

    private static ModuleStatus Failure(ModuleDescriptor module, string reason) =>
        new(module.Id, module.Version, ModuleState.MissingDependency, reason, null, module.Directory);
}
