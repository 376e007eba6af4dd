namespace AmisModular.Benchmarks.Ledger;

/// <summary>The product and the baseline did not produce the same data or totals: the figures would compare unlike work.</summary>
public sealed class BenchmarkMismatchException : Exception
{
    public BenchmarkMismatchException()
    {
    }

    public BenchmarkMismatchException(string message)
        : base(message)
    {
    }

    public BenchmarkMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static void ThrowIfDifferent<T>(string what, T product, T baseline)
    {
        if (!EqualityComparer<T>.Default.Equals(product, baseline))
        {
            throw new BenchmarkMismatchException($"MISMATCH in {what}:\n  product : {product}\n  baseline: {baseline}");
        }
    }
}
