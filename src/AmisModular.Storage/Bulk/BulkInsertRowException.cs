namespace AmisModular.Storage.Bulk;

/// <summary>A row cannot be written as given: it names the entity, the property and the rule.</summary>
public sealed class BulkInsertRowException(string message) : Exception(message);
