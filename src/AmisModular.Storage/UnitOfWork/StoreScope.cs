namespace AmisModular.Storage.UnitOfWork;

/// <summary>
/// An ambient unit of work: every <see cref="IStore.BeginAsync"/> / <see cref="IStore.BeginReadAsync"/> of the same
/// store made inside <see cref="RunAsync{T}"/> joins ONE connection and ONE transaction. A joined unit's
/// CommitAsync only flushes; the scope commits once the work returns, so many service calls (a whole import file)
/// are written all together or not at all. Services need no change: they keep opening their units as before.
/// </summary>
public sealed class StoreScope
{
    private static readonly AsyncLocal<StoreScope?> Ambient = new();

    private readonly IUnitOfWork root;

    private StoreScope(IStore store, IUnitOfWork root)
    {
        Store = store;
        this.root = root;
    }

    /// <summary>The scope the current async flow runs in, if any.</summary>
    public static StoreScope? Current => Ambient.Value;

    public IStore Store { get; }

    /// <summary>Set when a joined writing unit ended without committing (its service failed): the scope cannot commit.</summary>
    public bool IsDoomed { get; private set; }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: commits when it returns, rolls everything back when it throws
    /// or when any unit it opened failed. A scope opened inside another one of the same store joins the outer one.
    /// </summary>
    /// <exception cref="StoreScopeAbortedException">A unit inside the scope ended without committing, yet the work returned.</exception>
    public static async Task<T> RunAsync<T>(IStore store, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(work);
        var outer = Ambient.Value;
        await using var root = await store.BeginAsync(cancellationToken);
        var scope = new StoreScope(store, root);
        Ambient.Value = scope;
        try
        {
            var result = await work(cancellationToken);
            if (scope.IsDoomed)
            {
                throw new StoreScopeAbortedException();
            }

            await root.CommitAsync(cancellationToken);
            return result;
        }
        catch when (outer is not null && ReferenceEquals(outer.Store, store))
        {
            outer.Doom();
            throw;
        }
        finally
        {
            Ambient.Value = outer;
        }
    }

    public static async Task RunAsync(IStore store, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await RunAsync(store, async ct =>
        {
            await work(ct);
            return true;
        }, cancellationToken);
    }

    /// <summary>The unit a service gets from <see cref="IStore"/> inside this scope.</summary>
    internal IUnitOfWork Join(bool readOnly) => new JoinedUnitOfWork(this, root, readOnly);

    internal void Doom() => IsDoomed = true;
}
