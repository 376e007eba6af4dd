namespace AmisModular.Storage.Contexts;

/// <summary>Every module storage registered in this process, looked up by the context type callers ask for.</summary>
public sealed class ModuleStoreCatalog
{
    private readonly Dictionary<Type, ModuleStoreRegistration> byContext;

    public ModuleStoreCatalog(IEnumerable<ModuleStoreRegistration> registrations)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        Registrations = [.. registrations.OrderBy(r => r.Order).ThenBy(r => r.ModuleId, StringComparer.Ordinal)];
        var duplicate = Registrations.GroupBy(r => r.Schema, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Schema '{duplicate.Key}' is claimed by modules {string.Join(", ", duplicate.Select(r => r.ModuleId))}.");
        }

        var shared = Registrations.GroupBy(r => r.ContextType).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidOperationException(
                $"Context {shared.Key.Name} is registered by modules {string.Join(", ", shared.Select(r => r.ModuleId))}.");
        }

        byContext = Registrations.ToDictionary(r => r.ContextType);
    }

    public IReadOnlyList<ModuleStoreRegistration> Registrations { get; }

    public ModuleStoreRegistration For(Type contextType) =>
        byContext.TryGetValue(contextType, out var registration)
            ? registration
            : throw new InvalidOperationException($"No module storage is registered for {contextType.Name}.");
}
