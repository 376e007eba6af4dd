using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Modules.Cash.Tests.Sync;

/// <summary>
/// Counts the INSERT commands EF executes into one table of one store file (EF's diagnostic events; bulk inserts run
/// outside EF and are not counted): shows which documents of a page took the one-document path.
/// </summary>
internal sealed class EfInsertCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly string directory;
    private readonly string insert;
    private readonly IDisposable allListeners;
    private readonly List<IDisposable> subscriptions = [];
    private int count;

    public EfInsertCounter(string directory, string table)
    {
        (this.directory, insert) = (directory, $"INSERT INTO \"{table}\"");
        allListeners = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public int Count => Volatile.Read(ref count);

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (subscriptions)
            {
                subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData executed
            && executed.Command.CommandText.Contains(insert, StringComparison.Ordinal)
            && (executed.Command.Connection?.DataSource ?? "").Contains(directory, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref count);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        allListeners.Dispose();
        lock (subscriptions)
        {
            subscriptions.ForEach(s => s.Dispose());
        }
    }
}
