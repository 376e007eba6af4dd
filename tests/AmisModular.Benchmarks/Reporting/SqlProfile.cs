using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AmisModular.Benchmarks.Reporting;

/// <summary>
/// Where a phase's time goes in SQL: every command EF Core executes in this process (the clients and the in-process
/// cloud), grouped by store file and statement, with count and total duration, from EF's DiagnosticListener. The
/// rest of a phase's time is everything else (HTTP, JSON, EF change tracking and materialization, the engine).
/// </summary>
public sealed class SqlProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<(string Store, string Sql), (long Count, double Ms)> commands = new();
    private readonly List<IDisposable> subscriptions = [];

    public SqlProfile() => subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public bool Recording { get; set; }

    public void Clear() => commands.Clear();

    public void WriteTo(TextWriter output, string phase, int vouchers, TimeSpan elapsed, int top = 14)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = commands.Select(p => (p.Key.Store, p.Key.Sql, p.Value.Count, p.Value.Ms)).OrderByDescending(r => r.Ms).ToList();
        var sqlMs = rows.Sum(r => r.Ms);
        output.WriteLine($"SQL profile, {phase}: {elapsed.TotalMilliseconds / vouchers:0.000} ms per voucher in all, of which SQL {sqlMs / vouchers:0.000} ms in {rows.Sum(r => r.Count) / (double)vouchers:0.0} commands");
        foreach (var r in rows.Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Ms / vouchers,7:0.000} ms/v {r.Count / (double)vouchers,6:0.00} cmd/v  {r.Store,-12} {r.Sql}"));
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Name == DbLoggerCategory.Name)
        {
            subscriptions.Add(value.Subscribe(this));
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!Recording || value.Value is not CommandExecutedEventData executed)
        {
            return;
        }

        var store = Path.GetFileName(executed.Command.Connection?.DataSource ?? "?");
        var sql = string.Join(' ', executed.Command.CommandText.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        var key = (store, sql.Length > 110 ? sql[..110] : sql);
        commands.AddOrUpdate(key, (1, executed.Duration.TotalMilliseconds), (_, old) => (old.Count + 1, old.Ms + executed.Duration.TotalMilliseconds));
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }
    }
}
