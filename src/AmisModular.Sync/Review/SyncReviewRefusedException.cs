namespace AmisModular.Sync.Review;

/// <summary>A settling action that cannot be done as asked; nothing was written. Names the field and the rule.</summary>
public sealed class SyncReviewRefusedException : Exception
{
    public SyncReviewRefusedException()
    {
    }

    public SyncReviewRefusedException(string message)
        : base(message)
    {
    }

    public SyncReviewRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SyncReviewRefusedException(string field, string rule, string message)
        : base(message) => (Field, Rule) = (field, rule);

    public string Field { get; } = "";

    public string Rule { get; } = "";
}
