using AmisModular.Cloud.Data;

namespace AmisModular.Cloud.Push;

/// <summary>
/// Which documents hold a number (per document type, not removed), as the request changes them: a number freed by a
/// void or a renumbering earlier in the batch is free for a later mutation, one taken earlier is taken.
/// </summary>
/// <param name="comparer">How the database compares numbers (SQL Server's default collation ignores case).</param>
public sealed class NumberIndex(StringComparer comparer)
{
    private readonly Dictionary<string, Dictionary<string, HashSet<Guid>>> byType = new(comparer);

    public void Add(string documentType, string? number, Guid documentId)
    {
        if (number is null)
        {
            return;
        }

        if (!byType.TryGetValue(documentType, out var numbers))
        {
            byType[documentType] = numbers = new Dictionary<string, HashSet<Guid>>(comparer);
        }

        if (!numbers.TryGetValue(number, out var holders))
        {
            numbers[number] = holders = [];
        }

        holders.Add(documentId);
    }

    /// <summary>Adds the document's current number unless it is removed (a tombstone holds no number).</summary>
    public void Add(CloudDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Removed)
        {
            Add(document.DocumentType, document.Number, document.DocumentId);
        }
    }

    public void Remove(CloudDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Number is { } number && byType.TryGetValue(document.DocumentType, out var numbers) && numbers.TryGetValue(number, out var holders))
        {
            holders.Remove(document.DocumentId);
        }
    }

    public bool TakenByOther(string documentType, string number, Guid documentId) =>
        byType.TryGetValue(documentType, out var numbers) && numbers.TryGetValue(number, out var holders) && holders.Any(h => h != documentId);
}
