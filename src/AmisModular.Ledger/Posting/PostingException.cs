using AmisModular.Ledger.Errors;
using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>A posting refused: names the document, and where it applies the line and the rule.</summary>
public abstract class PostingException(string document, string? ruleId, LocalizedText text) : LedgerException(text)
{
    /// <summary>The document as a user knows it: number and type, e.g. <c>NVK00003 (core.general-journal)</c>.</summary>
    public string Document { get; } = document;

    public string? RuleId { get; } = ruleId;

    public static string Describe(IPostableDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var number = document.NumberFor(Companies.Book.Tax) ?? document.NumberFor(Companies.Book.Internal) ?? document.DocumentId.ToString();
        return $"{number} ({document.DocumentType})";
    }
}
