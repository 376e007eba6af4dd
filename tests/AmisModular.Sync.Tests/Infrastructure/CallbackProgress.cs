namespace AmisModular.Sync.Tests.Infrastructure;

/// <summary>Reports synchronously on the reporting thread (System.Progress posts to the thread pool, too late to cancel at an exact point).</summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
