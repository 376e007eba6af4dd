namespace AmisModular.Benchmarks.Bulk;

public enum BulkSide
{
    Debit,
    Credit,
}
