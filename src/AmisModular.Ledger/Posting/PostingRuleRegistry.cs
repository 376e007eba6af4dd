namespace AmisModular.Ledger.Posting;

/// <summary>Every module's posting rules, by document type.</summary>
public sealed class PostingRuleRegistry
{
    private readonly Dictionary<string, IPostingRule> byType;

    public PostingRuleRegistry(IEnumerable<IPostingRuleProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        byType = new Dictionary<string, IPostingRule>(StringComparer.Ordinal);
        foreach (var rule in providers.SelectMany(p => p.Rules))
        {
            if (!byType.TryAdd(rule.DocumentType, rule))
            {
                throw new InvalidOperationException(
                    $"Two posting rules claim document type '{rule.DocumentType}': {byType[rule.DocumentType].RuleId} and {rule.RuleId}.");
            }
        }
    }

    public IPostingRule<TDocument> For<TDocument>(string documentType)
        where TDocument : IPostableDocument =>
        byType.TryGetValue(documentType, out var rule)
            ? rule as IPostingRule<TDocument>
              ?? throw new InvalidOperationException($"Posting rule {rule.RuleId} does not accept {typeof(TDocument).Name}.")
            : throw new InvalidOperationException($"No posting rule is registered for document type '{documentType}'.");
}
