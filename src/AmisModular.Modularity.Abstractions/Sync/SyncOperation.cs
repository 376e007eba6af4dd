namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>What a change does to a document.</summary>
public enum SyncOperation
{
    Upsert,
    Post,
    Unpost,
    Void,
    Delete,
}
