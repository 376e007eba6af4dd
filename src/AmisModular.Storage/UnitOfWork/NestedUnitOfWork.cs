using System.Data.Common;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.UnitOfWork;

/// <summary>
/// A unit inside an enlisted outer unit: its own contexts on the outer connection and transaction, and a savepoint so
/// a nested unit disposed without commit (a rejected apply) undoes only its own writes. Commit releases the
/// savepoint; only the outer unit really commits.
/// </summary>
internal sealed class NestedUnitOfWork : IUnitOfWork
{
    private readonly IUnitOfWork outer;
    private readonly ModuleStoreCatalog catalog;
    private readonly StoreOptions options;
    private readonly TimeProvider clock;
    private readonly string savepoint;
    private readonly Dictionary<Type, ModuleDbContext> contexts = [];
    private OutboxWriter? outbox;
    private bool completed;

    private NestedUnitOfWork(IUnitOfWork outer, ModuleStoreCatalog catalog, StoreOptions options, TimeProvider clock, string savepoint)
    {
        (this.outer, this.catalog, this.options, this.clock, this.savepoint) = (outer, catalog, options, clock, savepoint);
    }

    public DbConnection Connection => outer.Connection;

    public DbTransaction Transaction => outer.Transaction;

    public OutboxWriter Outbox => outbox ??= new OutboxWriter(Context<OutboxDbContext>(), options.DeviceId, clock);

    public static async Task<IUnitOfWork> BeginAsync(
        IUnitOfWork outer, ModuleStoreCatalog catalog, StoreOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var name = "nested_" + Guid.NewGuid().ToString("N");
        await outer.Transaction.SaveAsync(name, cancellationToken);
        return new NestedUnitOfWork(outer, catalog, options, clock, name);
    }

    public TContext Context<TContext>()
        where TContext : ModuleDbContext
    {
        ObjectDisposedException.ThrowIf(completed, this);
        if (!contexts.TryGetValue(typeof(TContext), out var context))
        {
            context = catalog.For(typeof(TContext)).Create(options, Connection);
            context.Database.UseTransaction(Transaction);
            contexts.Add(typeof(TContext), context);
        }

        return (TContext)context;
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        foreach (var context in contexts.Values.OrderBy(c => c is OutboxDbContext))
        {
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        await SaveChangesAsync(cancellationToken);
        try
        {
            await Transaction.ReleaseAsync(savepoint, cancellationToken);
        }
        catch (NotSupportedException)
        {
            // SQL Server has no RELEASE SAVEPOINT; the savepoint simply ends with the outer transaction.
        }

        completed = true;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts.Values)
        {
            await context.DisposeAsync();
        }

        if (!completed)
        {
            await Transaction.RollbackAsync(savepoint);
        }

        completed = true;
    }
}
