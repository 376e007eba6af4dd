namespace AmisModular.Sync.Protocol.Push;

/// <summary>The operation names on the wire (the outbox stores them lowercase).</summary>
public static class MutationOperations
{
    public const string Upsert = "upsert";
    public const string Post = "post";
    public const string Unpost = "unpost";
    public const string Void = "void";
    public const string Delete = "delete";

    public static bool IsKnown(string operation) => operation is Upsert or Post or Unpost or Void or Delete;

    public static bool Removes(string operation) => operation is Void or Delete;
}
