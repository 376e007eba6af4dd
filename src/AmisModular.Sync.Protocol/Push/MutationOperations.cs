namespace AmisModular.Sync.Protocol.Push;

/// <summary>The operation names on the wire (the outbox stores them lowercase).</summary>
public static class MutationOperations
{
    public const string Upsert = "upsert";
    public const string Post = "post";
    public const string Unpost = "unpost";
    public const string Void = "void";
    public const string Delete = "delete";

    /// <summary>
    /// Change-feed only (never pushed): the tenant lost the licence of <c>ChangeItem.Module</c>, so that module's
    /// partition of the book is removed for every device (DocumentId empty, DocumentType "*", no payload). Later changes
    /// of the module are withheld from the feed and pushes of it are rejected <c>unlicensed-module</c>.
    /// </summary>
    public const string PartitionRemoved = "partitionRemoved";

    /// <summary>
    /// Change-log only (never sent): the tenant is licensed again for <c>ChangeLogEntry.Module</c>, whose changes the feed
    /// withheld meanwhile. The row marks the book's retention floor, so every device behind it is answered 410
    /// cursorExpired and re-snapshots, getting what it missed and the drafts the removal purged.
    /// </summary>
    public const string PartitionRestored = "partitionRestored";

    public static bool IsKnown(string operation) => operation is Upsert or Post or Unpost or Void or Delete;

    public static bool Removes(string operation) => operation is Void or Delete;
}
