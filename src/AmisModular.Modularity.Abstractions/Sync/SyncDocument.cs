namespace AmisModular.Modularity.Abstractions.Sync;

/// <summary>
/// A document in its canonical JSON interchange form: what sync carries and what <c>amis doc import</c> reads.
/// Identity is <see cref="DocumentId"/>; <see cref="Version"/> increases by one with every accepted change.
/// </summary>
public sealed record SyncDocument(
    string ModuleId,
    string DocumentType,
    int SchemaVersion,
    Guid DocumentId,
    long Version,
    SyncOperation Operation,
    string PayloadJson);
