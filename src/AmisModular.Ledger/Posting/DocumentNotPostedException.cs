using AmisModular.Modularity.Abstractions.Text;

namespace AmisModular.Ledger.Posting;

/// <summary>Unposting or reversing a document that is not posted.</summary>
public sealed class DocumentNotPostedException(string document)
    : PostingException(document, null, new LocalizedText(
        $"Chứng từ {document} chưa ghi sổ.",
        $"Document {document} is not posted."));
