namespace AmisModular.Storage.Bulk;

/// <summary>The entity type is mapped in a way the bulk writer does not handle (owned, shared table, inheritance, shadow values): use SaveChanges.</summary>
public sealed class BulkInsertNotSupportedException(string message) : Exception(message);
