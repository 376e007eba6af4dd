namespace AmisModular.Cloud.Retention;

/// <param name="RetentionFloor">The book's floor afterwards: a cursor below it gets 410 cursorExpired.</param>
public sealed record CompactionResult(int SupersededDeleted, int TombstonesDeleted, long RetentionFloor);
