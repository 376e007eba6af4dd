using System.Data.Common;
using AmisModular.Storage.Configuration;
using AmisModular.Storage.Contexts;
using AmisModular.Storage.Outbox;
using Microsoft.EntityFrameworkCore;

namespace AmisModular.Storage.UnitOfWork;

internal sealed class StoreUnitOfWork(
    DbConnection connection, DbTransaction transaction, ModuleStoreCatalog catalog, StoreOptions options, TimeProvider clock, bool readOnly) : IUnitOfWork
{
    private readonly Dictionary<Type, ModuleDbContext> contexts = [];
    private OutboxWriter? outbox;
    private bool completed;

    public DbConnection Connection => connection;

    public DbTransaction Transaction => transaction;

    public OutboxWriter Outbox => outbox ??= new OutboxWriter(Context<OutboxDbContext>(), options.DeviceId, clock);

    public TContext Context<TContext>()
        where TContext : ModuleDbContext
    {
        ObjectDisposedException.ThrowIf(completed, this);
        if (!contexts.TryGetValue(typeof(TContext), out var context))
        {
            context = catalog.For(typeof(TContext)).Create(options, connection);
            context.Database.UseTransaction(transaction);
            contexts.Add(typeof(TContext), context);
        }

        return (TContext)context;
    }

    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        if (readOnly && contexts.Values.Any(c => c.ChangeTracker.HasChanges()))
        {
            throw new InvalidOperationException("A read-only unit of work cannot save changes; begin a writing unit (BeginAsync).");
        }

        foreach (var context in contexts.Values.OrderBy(c => c is OutboxDbContext))
        {
            await context.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(completed, this);
        await SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
            await RollbackQuietlyAsync();
        }

        completed = true;
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    private async Task RollbackQuietlyAsync()
    {
        try
        {
            await transaction.RollbackAsync();
        }
        catch (InvalidOperationException)
        {
            // Already rolled back by the engine after the failure that brought us here.
        }
        catch (DbException)
        {
            // Same: the engine ended the transaction itself.
        }
    }
}
