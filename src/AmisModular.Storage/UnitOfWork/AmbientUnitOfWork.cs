namespace AmisModular.Storage.UnitOfWork;

/// <summary>
/// Lets code that opens its own unit of work (a module's sync adapter) join an outer one: while a unit is enlisted,
/// <see cref="IStore.BeginAsync"/> on the same store returns a nested unit on the outer connection and transaction,
/// guarded by a savepoint. The sync engine uses it so a pulled page and the cursor commit together.
/// </summary>
public static class AmbientUnitOfWork
{
    private static readonly AsyncLocal<Enlistment?> Current = new();

    /// <summary>Enlists <paramref name="unit"/> (begun on <paramref name="store"/>) until the result is disposed.</summary>
    public static IDisposable Enlist(IStore store, IUnitOfWork unit)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(unit);
        var previous = Current.Value;
        Current.Value = new Enlistment(store, unit);
        return new Restore(previous);
    }

    internal static IUnitOfWork? For(IStore store) =>
        Current.Value is { } enlistment && ReferenceEquals(enlistment.Store, store) ? enlistment.Unit : null;

    private sealed record Enlistment(IStore Store, IUnitOfWork Unit);

    private sealed class Restore(Enlistment? previous) : IDisposable
    {
        public void Dispose() => Current.Value = previous;
    }
}
